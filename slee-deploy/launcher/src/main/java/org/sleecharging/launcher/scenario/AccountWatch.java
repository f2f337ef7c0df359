package org.sleecharging.launcher.scenario;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sleecharging.ocs.AccountSnapshot;
import org.sleecharging.ocs.OcsSimulator;

/**
 * Balance changes of one account at the OCS simulator, read once its reservations are settled.
 * With an external OCS there is nothing to read.
 */
final class AccountWatch {
  private static final Duration POLL = Duration.ofMillis(20);

  private final Optional<OcsSimulator> ocs;
  private final String account;
  private final AccountSnapshot before;

  AccountWatch(Optional<OcsSimulator> ocs, String account) {
    this.ocs = ocs;
    this.account = account;
    this.before = ocs.map(o -> o.account(account)).orElse(null);
  }

  /** The account as it was when the scenario started; null with an external OCS. */
  AccountSnapshot before() {
    return before;
  }

  /**
   * Waits until the account holds no reservation (the service's final report arrived), then
   * answers the balance change per bucket; empty with an external OCS.
   *
   * @throws IllegalStateException when reservations are still held after {@code timeout}
   */
  Optional<Map<String, BigDecimal>> settledChange(Duration timeout) throws InterruptedException {
    if (ocs.isEmpty()) {
      return Optional.empty();
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    AccountSnapshot now = ocs.get().account(account);
    while (held(now) && System.nanoTime() < deadline) {
      Thread.sleep(POLL.toMillis()); // polling the simulator's books; no event to wait on
      now = ocs.get().account(account);
    }
    if (held(now)) {
      throw new IllegalStateException("account " + account + " still holds " + now.held()
          + " after " + timeout.toSeconds() + " s: the service left a reservation open");
    }
    Map<String, BigDecimal> change = new TreeMap<>();
    for (Map.Entry<String, BigDecimal> e : now.balance().entrySet()) {
      BigDecimal delta = e.getValue().subtract(before.balance().getOrDefault(e.getKey(), BigDecimal.ZERO));
      if (delta.signum() != 0) {
        change.put(e.getKey(), delta.stripTrailingZeros());
      }
    }
    return Optional.of(change);
  }

  private static boolean held(AccountSnapshot s) {
    return s.held().values().stream().anyMatch(v -> v.signum() != 0);
  }

  static String describe(Optional<Map<String, BigDecimal>> change) {
    if (change.isEmpty()) {
      return "not known (external OCS)";
    }
    return OcsFacts.amounts(change.get());
  }
}
