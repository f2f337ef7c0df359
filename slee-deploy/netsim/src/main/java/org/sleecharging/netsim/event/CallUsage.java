package org.sleecharging.netsim.event;

import java.time.Duration;

/** Periodic report of talk time since the previous report (or since the answer). */
public final class CallUsage extends NetworkEvent {
  private static final long serialVersionUID = 1L;

  private final Duration elapsed;

  public CallUsage(NetworkActivityId activityId, Duration elapsed) {
    super(activityId);
    if (elapsed == null || elapsed.isNegative() || elapsed.isZero()) {
      throw new IllegalArgumentException("elapsed must be positive, was " + elapsed);
    }
    this.elapsed = elapsed;
  }

  public Duration getElapsed() {
    return elapsed;
  }

  @Override
  protected String details() {
    return elapsed.getSeconds() + " s";
  }
}
