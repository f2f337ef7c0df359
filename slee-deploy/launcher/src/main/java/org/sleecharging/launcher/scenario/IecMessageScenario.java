package org.sleecharging.launcher.scenario;

import java.time.Duration;
import java.util.Optional;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.NetworkDriver;
import org.sleecharging.netsim.event.NetworkActivityId;
import org.sleecharging.ocs.OcsSimulator;

/**
 * Immediate event charging: bob sends alice a one-segment message; the service debits it directly
 * and accepts it, the network delivers it; the OCS must have debited bob.
 */
final class IecMessageScenario implements Scenario {

  @Override
  public ScenarioResult run(NetworkDriver network, Optional<OcsSimulator> ocs, Duration timeout)
      throws InterruptedException {
    ScenarioRun run = new ScenarioRun(ScenarioKind.IEC, Subscriber.BOB, network, ocs, timeout);
    try {
      NetworkActivityId message =
          network.submitMessage(Subscriber.BOB.address(), Subscriber.ALICE.address(), 1);
      run.step("network: " + message + " submitted " + Subscriber.BOB.msisdn() + " -> "
          + Subscriber.ALICE.msisdn() + ", 1 segment");
      run.expect(message, ActionKind.MESSAGE_ACCEPTED);
      network.messageDelivered(message);
      run.step("network: delivered");
      run.awaitEnd(message);
      return run.result(null);
    } catch (ScenarioRun.Failed | IllegalStateException | IllegalArgumentException e) {
      return run.result(e instanceof ScenarioRun.Failed f ? f : new ScenarioRun.Failed(e.toString()));
    }
  }
}
