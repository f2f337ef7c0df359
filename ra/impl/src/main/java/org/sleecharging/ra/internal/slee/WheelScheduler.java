package org.sleecharging.ra.internal.slee;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * The engine's scheduler (lifetimes, validity and Tx timers) as a hashed timer wheel on one daemon
 * thread per RA entity. Every charging session schedules and cancels several timers, most of which
 * never fire: here scheduling appends to a lock-free queue and cancelling sets a flag, so neither
 * takes a lock nor wakes the timer thread (a {@code ScheduledThreadPoolExecutor} does both on
 * every cancel). A task runs at the earliest {@link #TICK} boundary at or after its delay; a
 * cancelled one leaves the wheel when its slot next comes round (within one turn, 5.12 s).
 */
final class WheelScheduler implements RaEnvironment.ClosableScheduler {

    static final Duration TICK = Duration.ofMillis(5);
    private static final long TICK_NANOS = TICK.toNanos();
    private static final int SLOTS = 1024;

    private final Queue<Timer> incoming = new ConcurrentLinkedQueue<Timer>();
    private final List<List<Timer>> slots = new ArrayList<List<Timer>>(SLOTS);
    private final AtomicBoolean idle = new AtomicBoolean();
    private final long origin = System.nanoTime();
    private final Thread worker;
    private volatile boolean closed;
    /** Timers in the wheel (worker thread only). */
    private int held;
    /** The next tick to process (worker thread only). */
    private long nextTick;

    WheelScheduler(String entityName) {
        for (int i = 0; i < SLOTS; i++) {
            slots.add(new ArrayList<Timer>(4));
        }
        worker = new Thread(new Runnable() {
            @Override
            public void run() {
                turn();
            }
        }, "charging-ra-" + entityName + "-timer-1");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        if (task == null) {
            throw new NullPointerException("task");
        }
        long nanos = Math.max(0, delay.toNanos());
        Timer timer = new Timer(task, (System.nanoTime() - origin + nanos + TICK_NANOS - 1) / TICK_NANOS);
        incoming.add(timer);
        if (idle.get() && idle.compareAndSet(true, false)) {
            LockSupport.unpark(worker);
        }
        return timer;
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(worker);
    }

    /** Whether the timer thread sleeps until the next {@link #schedule}, holding no timer. */
    boolean isIdle() {
        return idle.get();
    }

    private void turn() {
        while (!closed) {
            long now = (System.nanoTime() - origin) / TICK_NANOS;
            admit();
            while (nextTick <= now && !closed) {
                expire(nextTick++);
            }
            if (held == 0 && incoming.isEmpty()) {
                sleepUntilScheduled();
            } else {
                LockSupport.parkNanos(this, origin + nextTick * TICK_NANOS - System.nanoTime());
            }
        }
        incoming.clear();
        slots.clear();
    }

    /** Nothing to time: sleep until {@link #schedule} wakes the worker; the ticks missed meanwhile are empty. */
    private void sleepUntilScheduled() {
        idle.set(true);
        while (idle.get() && incoming.isEmpty() && !closed) {
            LockSupport.park(this);
        }
        idle.set(false);
        nextTick = Math.max(nextTick, (System.nanoTime() - origin) / TICK_NANOS);
    }

    private void admit() {
        for (Timer timer = incoming.poll(); timer != null; timer = incoming.poll()) {
            if (timer.isLive()) {
                long tick = Math.max(timer.dueTick, nextTick);
                slots.get((int) (tick & (SLOTS - 1))).add(timer);
                held++;
            }
        }
    }

    /** Runs the slot's timers that are due by this tick; drops the cancelled ones. */
    private void expire(long tick) {
        List<Timer> slot = slots.get((int) (tick & (SLOTS - 1)));
        int kept = 0;
        List<Timer> due = null;
        for (int i = 0; i < slot.size(); i++) {
            Timer timer = slot.get(i);
            if (!timer.isLive()) {
                held--;
            } else if (timer.dueTick <= tick) {
                held--;
                if (due == null) {
                    due = new ArrayList<Timer>(4);
                }
                due.add(timer);
            } else {
                slot.set(kept++, timer);
            }
        }
        for (int i = slot.size() - 1; i >= kept; i--) {
            slot.remove(i);
        }
        if (due != null) {
            for (Timer timer : due) {
                timer.fire();
            }
        }
    }

    /** One scheduled task; cancelling forgets the task at once, so it keeps nothing alive. */
    private static final class Timer implements Cancellable {
        private final long dueTick;
        private volatile Runnable task;

        Timer(Runnable task, long dueTick) {
            this.task = task;
            this.dueTick = dueTick;
        }

        boolean isLive() {
            return task != null;
        }

        @Override
        public void cancel() {
            task = null;
        }

        /** A task that throws is the thread's uncaught exception, and the wheel turns on. */
        void fire() {
            Runnable run = task;
            task = null;
            if (run == null) {
                return;
            }
            try {
                run.run();
            } catch (RuntimeException | Error e) {
                Thread thread = Thread.currentThread();
                thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
            }
        }
    }
}
