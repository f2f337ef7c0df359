package org.sleecharging.container.internal.runtime;

/** An SBB usage parameters interface. */
public interface TestUsage {
  void incrementPings(long value);
}
