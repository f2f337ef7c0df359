package org.sleecharging.launcher.scenario;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.NetworkDriver;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.NetworkActivityId;
import org.sleecharging.ocs.OcsSimulator;

/**
 * The bookkeeping of one scenario run: the steps so far, waiting for the service with a timeout,
 * and the verdict. A step that goes wrong throws {@link Failed}; {@link #result} turns it into the
 * scenario's problem.
 */
final class ScenarioRun {
  private final ScenarioKind kind;
  private final Subscriber subscriber;
  private final NetworkDriver network;
  private final Duration timeout;
  private final AccountWatch account;
  private final Optional<OcsSimulator> ocs;
  private final Optional<OcsFacts> facts;
  private final List<String> steps = new ArrayList<>();

  ScenarioRun(ScenarioKind kind, Subscriber subscriber, NetworkDriver network,
      Optional<OcsSimulator> ocs, Duration timeout) throws InterruptedException {
    this.kind = kind;
    this.ocs = ocs;
    this.facts = OcsFacts.start(ocs, subscriber);
    this.subscriber = subscriber;
    this.network = network;
    this.timeout = timeout;
    this.account = new AccountWatch(ocs, subscriber.account());
  }

  NetworkDriver network() {
    return network;
  }

  void step(String line) {
    steps.add(line);
  }

  /** Waits for the service's next action on the activity; it must be {@code expected}. */
  SbbAction expect(NetworkActivityId activity, ActionKind expected) throws InterruptedException {
    return expect(activity, network.takeAction(activity), expected);
  }

  /** Waits for an action taken earlier with {@link NetworkDriver#takeAction}. */
  SbbAction expect(NetworkActivityId activity, CompletableFuture<SbbAction> taken,
      ActionKind expected) throws InterruptedException {
    SbbAction action = await(taken, "the service to act on " + activity);
    step("service: " + action);
    if (action.kind() != expected) {
      throw new Failed("expected " + expected + " on " + activity + ", the service did " + action);
    }
    return action;
  }

  void awaitEnd(NetworkActivityId activity) throws InterruptedException {
    await(network.whenEnded(activity), activity + " to end");
  }

  /** The verdict: passed if nothing failed and the OCS took something from the subscriber. */
  ScenarioResult result(Failed failure) throws InterruptedException {
    if (failure != null) {
      return new ScenarioResult(kind, subscriber, steps, "not checked", failure.getMessage());
    }
    Optional<Map<String, BigDecimal>> change;
    try {
      change = account.settledChange(timeout);
    } catch (IllegalStateException e) {
      return new ScenarioResult(kind, subscriber, steps, "not settled", e.getMessage());
    }
    String charged = AccountWatch.describe(change);
    boolean debited = change.map(c -> c.values().stream().anyMatch(v -> v.signum() < 0)).orElse(true);
    List<String> ocsFacts = facts.isPresent()
        ? facts.get().lines(account.before(), ocs.get().account(subscriber.account()))
        : List.of();
    return new ScenarioResult(kind, subscriber, steps, charged,
        debited ? "" : "the OCS debited nothing from " + subscriber.account(), ocsFacts);
  }

  private <T> T await(CompletableFuture<T> future, String what) throws InterruptedException {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new Failed("waited " + timeout.toMillis() + " ms for " + what);
    } catch (ExecutionException e) {
      throw new Failed("while waiting for " + what + ": " + e.getCause().getMessage());
    }
  }

  /** A scenario step that did not go as expected. */
  static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failed(String message) {
      super(message);
    }
  }
}
