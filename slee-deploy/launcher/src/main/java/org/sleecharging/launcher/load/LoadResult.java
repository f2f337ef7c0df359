package org.sleecharging.launcher.load;

import java.time.Duration;
import org.HdrHistogram.Histogram;

/** What a measured leg did: operations completed, failures, the time measured, latencies in ns. */
public record LoadResult(String leg, String unit, long operations, long errors, Duration measured,
    Histogram latencyNanos) {

  public double perSecond() {
    return operations / (measured.toNanos() / 1e9);
  }

  public double percentileMillis(double percentile) {
    return latencyNanos.getValueAtPercentile(percentile) / 1e6;
  }

  public double maxMillis() {
    return latencyNanos.getMaxValue() / 1e6;
  }
}
