package org.sleecharging.ra.engine;

import java.time.Duration;

/**
 * Runs a task once after a delay: lifetime expiry and the Ro Tx timer. The RA implements it with
 * a timer wheel; tests with a manual scheduler driven by a fake clock.
 * Tasks may run on any thread; the engine locks the session itself.
 */
public interface Scheduler {

    Cancellable schedule(Duration delay, Runnable task);

    /** Cancelling a task that already ran or was cancelled has no effect. */
    interface Cancellable {
        void cancel();
    }
}
