package org.sleecharging.container.internal.runtime.activity;

import java.time.Duration;

/**
 * Asks the owning RA whether an activity that has had no event for a while is still alive
 * (ResourceAdaptor.queryLiveness, JSLEE 1.1 ch. 15): an RA whose activity is gone ends it, so
 * activities a lost message would leave behind do not live for ever. Each idle activity is asked
 * again only after another idle period.
 */
public final class LivenessQueries implements Runnable {
  private final Activities activities;
  private final long idleNanos;

  public LivenessQueries(Activities activities, Duration idle) {
    this.activities = activities;
    this.idleNanos = idle.toNanos();
  }

  @Override
  public void run() {
    long now = System.nanoTime();
    for (ActivityContextImpl ac : activities.all()) {
      if (ac.owner() != null && ac.state() == ActivityState.ACTIVE
          && now - ac.lastUsedNanos() >= idleNanos) {
        ac.used(now);
        RaCalls.call(ac.owner(), "queryLiveness", ra -> ra.queryLiveness(ac.handle()));
      }
    }
  }
}
