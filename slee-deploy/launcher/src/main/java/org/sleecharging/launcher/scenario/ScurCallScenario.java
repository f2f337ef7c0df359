package org.sleecharging.launcher.scenario;

import java.time.Duration;
import java.util.Optional;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.NetworkDriver;
import org.sleecharging.netsim.event.CallParty;
import org.sleecharging.netsim.event.NetworkActivityId;
import org.sleecharging.ocs.OcsSimulator;

/**
 * Session charging with unit reservation: alice calls bob; the service reserves and connects, the
 * call talks for a minute in two usage reports with a hold in between, alice hangs up; the OCS must
 * have debited alice and hold nothing.
 */
final class ScurCallScenario implements Scenario {
  private static final Duration REPORT = Duration.ofSeconds(30);

  @Override
  public ScenarioResult run(NetworkDriver network, Optional<OcsSimulator> ocs, Duration timeout)
      throws InterruptedException {
    ScenarioRun run = new ScenarioRun(ScenarioKind.SCUR, Subscriber.ALICE, network, ocs, timeout);
    try {
      NetworkActivityId call = network.startCall(Subscriber.ALICE.address(), Subscriber.BOB.address());
      run.step("network: " + call + " attempt " + Subscriber.ALICE.msisdn() + " -> "
          + Subscriber.BOB.msisdn());
      run.expect(call, ActionKind.CALL_CONNECTED);
      network.answer(call);
      network.reportCallUsage(call, REPORT);
      network.hold(call);
      network.resume(call);
      network.reportCallUsage(call, REPORT);
      run.step("network: answered, " + REPORT.toSeconds() + " s, hold, resume, "
          + REPORT.toSeconds() + " s");
      network.hangUp(call, CallParty.CALLING);
      run.step("network: calling party hung up");
      run.awaitEnd(call);
      return run.result(null);
    } catch (ScenarioRun.Failed | IllegalStateException | IllegalArgumentException e) {
      return run.result(e instanceof ScenarioRun.Failed f ? f : new ScenarioRun.Failed(e.toString()));
    }
  }
}
