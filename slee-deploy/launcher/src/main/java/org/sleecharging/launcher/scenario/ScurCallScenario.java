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
 * call talks two seconds, is held for one, talks two more, alice hangs up; the OCS must have
 * debited alice for the talk time (the charging manager meters time on the SLEE's clock, hold not
 * counted, rounded up to whole seconds per report) and hold nothing. The times are real: a longer
 * simulated call would be charged for the time it really lasted.
 */
final class ScurCallScenario implements Scenario {
  private static final Duration TALK = Duration.ofSeconds(2);
  private static final Duration HOLD = Duration.ofSeconds(1);

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
      talk(network, call);
      network.hold(call);
      Thread.sleep(HOLD.toMillis());
      network.resume(call);
      talk(network, call);
      run.step("network: answered, talked " + TALK.toSeconds() + " s, held " + HOLD.toSeconds()
          + " s, talked " + TALK.toSeconds() + " s");
      network.hangUp(call, CallParty.CALLING);
      run.step("network: calling party hung up");
      run.awaitEnd(call);
      return run.result(null);
    } catch (ScenarioRun.Failed | IllegalStateException | IllegalArgumentException e) {
      return run.result(e instanceof ScenarioRun.Failed f ? f : new ScenarioRun.Failed(e.toString()));
    }
  }

  /** Talk time passes for real; the network's usage report says how long. */
  private static void talk(NetworkDriver network, NetworkActivityId call) throws InterruptedException {
    Thread.sleep(TALK.toMillis());
    network.reportCallUsage(call, TALK);
  }
}
