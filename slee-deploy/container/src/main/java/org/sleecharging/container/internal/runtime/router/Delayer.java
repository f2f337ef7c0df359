package org.sleecharging.container.internal.runtime.router;

import java.util.concurrent.ScheduledFuture;

/** Runs a task after a delay on a SLEE thread (e.g. the timeout of a suspended delivery). */
@FunctionalInterface
public interface Delayer {
  ScheduledFuture<?> runLater(Runnable task, long delayMillis);
}
