package org.sleecharging.arquillian.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits for a SLEE state change that the management operation only starts: a deactivated service
 * or RA entity stays STOPPING until its SBB entities / activities are gone, and only then may it
 * be removed or uninstalled (ServiceManagementMBean.deactivate, ResourceManagementMBean
 * .deactivateResourceAdaptorEntity). Polls, because remote SLEEs only offer
 * state queries through the standard MBeans.
 */
final class StateWait {
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private StateWait() {}

  interface Condition {
    boolean reached() throws Exception;
  }

  static void until(Condition condition, Duration timeout, String what) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.reached()) {
      if (System.nanoTime() - deadline > 0) {
        throw new IllegalStateException(what + " did not happen within " + timeout.toMillis()
            + " ms (stopTimeoutSeconds)");
      }
      LockSupport.parkNanos(POLL_NANOS);
    }
  }
}
