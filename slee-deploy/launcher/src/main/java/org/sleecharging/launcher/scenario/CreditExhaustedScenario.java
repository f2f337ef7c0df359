package org.sleecharging.launcher.scenario;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sleecharging.netsim.Cause;
import org.sleecharging.netsim.IllegalNetworkTransitionException;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.NetworkDriver;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.NetworkActivityId;
import org.sleecharging.ocs.OcsSimulator;

/**
 * Credit running out mid-call: carol (EUR 0.05, five seconds of voice) calls bob and talks for ten
 * seconds in one-second reports; the service must release the call for lack of credit, and the
 * OCS must have debited carol and hold nothing.
 */
final class CreditExhaustedScenario implements Scenario {
  private static final Duration REPORT = Duration.ofSeconds(1);
  private static final int MAX_REPORTS = 10;
  private static final Duration PACE = Duration.ofMillis(300);

  @Override
  public ScenarioResult run(NetworkDriver network, Optional<OcsSimulator> ocs, Duration timeout)
      throws InterruptedException {
    ScenarioRun run =
        new ScenarioRun(ScenarioKind.SCUR_EXHAUSTED, Subscriber.CAROL, network, ocs, timeout);
    try {
      NetworkActivityId call = network.startCall(Subscriber.CAROL.address(), Subscriber.BOB.address());
      run.step("network: " + call + " attempt " + Subscriber.CAROL.msisdn() + " -> "
          + Subscriber.BOB.msisdn());
      run.expect(call, ActionKind.CALL_CONNECTED);
      network.answer(call);
      CompletableFuture<SbbAction> next = network.takeAction(call);
      int reports = 0;
      while (!next.isDone() && reports < MAX_REPORTS) {
        try {
          network.reportCallUsage(call, REPORT);
        } catch (IllegalNetworkTransitionException releasedMeanwhile) {
          break;
        }
        reports++;
        awaitBriefly(next);
      }
      run.step("network: answered, " + reports + " usage report(s) of " + REPORT.toSeconds() + " s");
      SbbAction released = run.expect(call, next, ActionKind.CALL_RELEASED);
      if (!EnumSet.of(Cause.CREDIT_EXHAUSTED, Cause.CREDIT_DENIED).contains(released.cause())) {
        throw new ScenarioRun.Failed("call released with " + released.cause()
            + ", expected CREDIT_EXHAUSTED or CREDIT_DENIED");
      }
      run.awaitEnd(call);
      return run.result(null);
    } catch (ScenarioRun.Failed | IllegalStateException | IllegalArgumentException e) {
      return run.result(e instanceof ScenarioRun.Failed f ? f : new ScenarioRun.Failed(e.toString()));
    }
  }

  /** Gives the service time to react to a report before the next one; not reacting is fine. */
  private static void awaitBriefly(CompletableFuture<SbbAction> next) throws InterruptedException {
    try {
      next.get(PACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // no action yet (or the activity ended): the caller looks at the future itself
    }
  }
}
