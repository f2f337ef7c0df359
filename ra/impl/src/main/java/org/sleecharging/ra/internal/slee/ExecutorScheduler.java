package org.sleecharging.ra.internal.slee;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.sleecharging.ra.engine.Scheduler;

/** The engine's scheduler (lifetimes, Tx timers) on daemon threads owned by one RA entity. */
final class ExecutorScheduler implements RaEnvironment.ClosableScheduler {

    private final ScheduledThreadPoolExecutor executor;

    ExecutorScheduler(final String entityName) {
        final AtomicInteger count = new AtomicInteger();
        executor = new ScheduledThreadPoolExecutor(1, new ThreadFactory() {
            @Override
            public Thread newThread(Runnable task) {
                Thread thread = new Thread(task, "charging-ra-" + entityName + "-timer-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            }
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        final ScheduledFuture<?> future = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        return new Cancellable() {
            @Override
            public void cancel() {
                future.cancel(false);
            }
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
