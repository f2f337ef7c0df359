package org.sleecharging.container.internal.ra;

import java.time.Duration;
import java.util.Timer;
import java.util.TimerTask;

/**
 * The one {@link Timer} of a container that every RA entity gets from {@code
 * ResourceAdaptorContext.getTimer()} (JSLEE 1.1, ResourceAdaptorContext.getTimer): a daemon timer
 * shared by all entities, which therefore may not cancel it. Only the container stops it, with
 * {@link #shutdown}.
 *
 * <p>A java.util.Timer thread dies when a task throws; RAs must catch in their tasks, as they must
 * with any SLEE's timer.
 */
public final class SharedRaTimer extends Timer {
  private volatile Thread thread;

  public SharedRaTimer() {
    this("slee-ra-timer");
  }

  public SharedRaTimer(String threadName) {
    super(threadName, true);
    // java.util.Timer does not expose its thread: a first task tells it, so shutdown can join it.
    super.schedule(new TimerTask() {
      @Override
      public void run() {
        thread = Thread.currentThread();
      }
    }, 0);
  }

  /** Refused: the timer is shared by every RA entity of the container. */
  @Override
  public void cancel() {
    throw new UnsupportedOperationException(
        "the SLEE timer is shared by all RA entities and may not be cancelled by one"
            + "; cancel your TimerTasks instead");
  }

  /** Stops the timer when the container shuts down. */
  public void shutdown() {
    super.cancel();
  }

  /** Stops the timer and waits up to the timeout for its thread to end. */
  public void shutdown(Duration timeout) throws InterruptedException {
    super.cancel();
    Thread t = thread;
    if (t != null) {
      t.join(timeout.toMillis());
    }
  }
}
