package org.sleecharging.container.internal.ra;

import java.util.Timer;

/**
 * The one {@link Timer} of a container that every RA entity gets from {@code
 * ResourceAdaptorContext.getTimer()} (JSLEE 1.1, ResourceAdaptorContext.getTimer): a daemon timer
 * shared by all entities, which therefore may not cancel it. Only the container stops it, with
 * {@link #shutdown()}.
 *
 * <p>A java.util.Timer thread dies when a task throws; RAs must catch in their tasks, as they must
 * with any SLEE's timer.
 */
public final class SharedRaTimer extends Timer {

  public SharedRaTimer() {
    super("slee-ra-timer", true);
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
}
