package org.sleecharging.ra.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.sleecharging.ra.internal.slee.RaEnvironment;

/** A clock and scheduler that move only when the test advances them. */
public final class ManualTime extends Clock implements RaEnvironment.ClosableScheduler {

    private final class Task implements Cancellable {
        final Instant due;
        final Runnable runnable;
        boolean cancelled;

        Task(Instant due, Runnable runnable) {
            this.due = due;
            this.runnable = runnable;
        }

        @Override
        public void cancel() {
            synchronized (ManualTime.this) {
                cancelled = true;
            }
        }
    }

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final List<Task> tasks = new ArrayList<>();
    public volatile boolean closed;

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        if (closed) {
            throw new IllegalStateException("scheduler closed");
        }
        Task scheduled = new Task(now.plus(delay), task);
        tasks.add(scheduled);
        return scheduled;
    }

    /** Moves time on, running every task that falls due, in due order. */
    public void advance(Duration duration) {
        Instant target;
        synchronized (this) {
            target = now.plus(duration);
        }
        while (true) {
            Task next = null;
            synchronized (this) {
                tasks.removeIf(t -> t.cancelled);
                for (Task task : tasks) {
                    if (!task.due.isAfter(target) && (next == null || task.due.isBefore(next.due))) {
                        next = task;
                    }
                }
                if (next == null) {
                    now = target;
                    return;
                }
                tasks.remove(next);
                now = next.due;
            }
            next.runnable.run();
        }
    }

    public synchronized int pendingTasks() {
        return (int) tasks.stream().filter(t -> !t.cancelled).count();
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("fixed zone");
    }

    @Override
    public void close() {
        closed = true;
    }
}
