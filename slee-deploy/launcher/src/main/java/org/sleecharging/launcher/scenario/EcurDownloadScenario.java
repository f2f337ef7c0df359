package org.sleecharging.launcher.scenario;

import java.time.Duration;
import java.util.Optional;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.NetworkDriver;
import org.sleecharging.netsim.event.NetworkActivityId;
import org.sleecharging.ocs.OcsSimulator;

/**
 * Event charging with unit reservation: alice downloads a 2 MB song; the service reserves and
 * allows it, the network delivers it, the session ends; the OCS must have debited alice.
 */
final class EcurDownloadScenario implements Scenario {
  private static final String CONTENT = "song-42";
  private static final long OCTETS = 2_000_000;

  @Override
  public ScenarioResult run(NetworkDriver network, Optional<OcsSimulator> ocs, Duration timeout)
      throws InterruptedException {
    ScenarioRun run = new ScenarioRun(ScenarioKind.ECUR, Subscriber.ALICE, network, ocs, timeout);
    try {
      NetworkActivityId session = network.startDataSession(Subscriber.ALICE.address(), "internet");
      network.requestContent(session, CONTENT, OCTETS);
      run.step("network: " + session + " requests " + CONTENT + " (" + OCTETS + " octets)");
      run.expect(session, ActionKind.CONTENT_ALLOWED);
      network.contentDelivered(session, CONTENT, OCTETS);
      network.endDataSession(session);
      run.step("network: delivered " + CONTENT + ", session ended");
      run.awaitEnd(session);
      return run.result(null);
    } catch (ScenarioRun.Failed | IllegalStateException | IllegalArgumentException e) {
      return run.result(e instanceof ScenarioRun.Failed f ? f : new ScenarioRun.Failed(e.toString()));
    }
  }
}
