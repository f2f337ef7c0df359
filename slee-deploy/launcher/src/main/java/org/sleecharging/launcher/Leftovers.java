package org.sleecharging.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sleecharging.container.EmbeddedSlee;
import org.sleecharging.container.SleeInspection;
import org.sleecharging.netsim.driver.NetworkDriver;
import org.sleecharging.ocs.OcsSimulator;

/**
 * What a finished run left behind (STYLE.md lesson 9): SBB entities, timers, simulated network
 * activities, and Ro sessions still open at the OCS simulator. Waits up to a timeout for the last
 * final reports and activity ends to settle.
 */
final class Leftovers {
  private static final Duration POLL = Duration.ofMillis(50);

  private Leftovers() {}

  /** Empty when nothing is left. */
  static List<String> after(EmbeddedSlee slee, NetworkDriver network, Optional<OcsSimulator> ocs,
      Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<String> left = find(slee, network, ocs);
    while (!left.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(POLL.toMillis()); // polling runtime views; there is no event for "all ended"
      left = find(slee, network, ocs);
    }
    return left;
  }

  private static List<String> find(EmbeddedSlee slee, NetworkDriver network,
      Optional<OcsSimulator> ocs) {
    List<String> left = new ArrayList<>();
    SleeInspection view = slee.inspect();
    if (view.totalSbbEntities() > 0) {
      left.add(view.totalSbbEntities() + " SBB entities " + view.sbbEntities());
    }
    if (view.timers() > 0) {
      left.add(view.timers() + " timers");
    }
    if (!network.liveActivities().isEmpty()) {
      left.add("network activities " + network.liveActivities());
    }
    ocs.filter(o -> o.liveSessions() > 0)
        .ifPresent(o -> left.add(o.liveSessions() + " Ro sessions open at the OCS"));
    return left;
  }
}
