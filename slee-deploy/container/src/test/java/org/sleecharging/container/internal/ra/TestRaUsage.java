package org.sleecharging.container.internal.ra;

/** Usage parameters interface of the test RA. */
public interface TestRaUsage {
  void incrementRequests(long delta);

  void sampleLatency(long millis);

  long getRequests();
}
