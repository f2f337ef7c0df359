package org.sleecharging.ra.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A clock and a scheduler that only move when a test advances them. */
final class ManualTime extends Clock implements Scheduler {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final List<Task> tasks = new ArrayList<Task>();

    private static final class Task implements Cancellable {
        final Instant due;
        final Runnable runnable;
        boolean cancelled;

        Task(Instant due, Runnable runnable) {
            this.due = due;
            this.runnable = runnable;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        Task scheduled = new Task(now.plus(delay), task);
        tasks.add(scheduled);
        return scheduled;
    }

    /** Moves time on and runs every task that became due, in due order. */
    void advance(Duration duration) {
        Instant target = now.plus(duration);
        while (true) {
            Task next = null;
            synchronized (this) {
                for (Iterator<Task> it = tasks.iterator(); it.hasNext();) {
                    Task task = it.next();
                    if (task.cancelled) {
                        it.remove();
                    } else if (!task.due.isAfter(target) && (next == null || task.due.isBefore(next.due))) {
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

    synchronized int pendingTasks() {
        int pending = 0;
        for (Task task : tasks) {
            pending += task.cancelled ? 0 : 1;
        }
        return pending;
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
        throw new UnsupportedOperationException("ManualTime has a fixed zone");
    }
}
