package org.sleecharging.launcher.load;

import java.time.Duration;

/**
 * How to load the SLEE: for {@code duration} after {@code warmup}, either closed-loop with {@code
 * inFlight} messages outstanding, or open-loop at {@code rate} messages per second (rate 0: closed).
 */
public record LoadOptions(Duration duration, Duration warmup, int rate, int inFlight, int subscribers) {

  public LoadOptions {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("--duration must be positive");
    }
    if (warmup.isNegative()) {
      throw new IllegalArgumentException("--warmup must not be negative");
    }
    if (rate < 0) {
      throw new IllegalArgumentException("--rate must be >= 0, was " + rate);
    }
    if (inFlight < 1) {
      throw new IllegalArgumentException("--in-flight must be >= 1, was " + inFlight);
    }
    if (subscribers < 1) {
      throw new IllegalArgumentException("load subscribers must be >= 1");
    }
  }

  public boolean openLoop() {
    return rate > 0;
  }
}
