package org.sleecharging.container.internal.runtime.activity;

/** Processes the events the scheduler takes off an activity's queue, one at a time. */
public interface EventProcessor {
  void process(ActivityContextImpl ac, EventEnvelope envelope);

  /** Continues a delivery an SBB suspended and that has been resumed (§8.6.3). */
  void resume(ActivityContextImpl ac, SuspendedDelivery delivery);

  /** The activity's queue is empty after processing: time for reference checks (§7.3.4). */
  void queueDrained(ActivityContextImpl ac);
}
