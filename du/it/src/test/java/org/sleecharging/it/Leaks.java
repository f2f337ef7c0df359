package org.sleecharging.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.sleecharging.container.EmbeddedSlee;
import org.sleecharging.container.SleeInspection;

/**
 * STYLE.md lesson 9: after a test, nothing it started may be left in the SLEE. Waits (activity
 * end is asynchronous) until only the service activities of the active services remain, with no
 * SBB entity and no timer.
 */
public final class Leaks {

    private Leaks() {
    }

    public static void assertNoneIn(EmbeddedSlee slee, int activeServices) {
        await("no activity, SBB entity or timer left in the SLEE").atMost(Duration.ofSeconds(10))
                .until(slee::inspect, i -> clean(i, activeServices));
    }

    private static boolean clean(SleeInspection i, int activeServices) {
        return i.activities() == activeServices && i.totalSbbEntities() == 0 && i.timers() == 0;
    }
}
