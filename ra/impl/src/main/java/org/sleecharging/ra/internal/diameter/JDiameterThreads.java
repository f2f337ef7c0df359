package org.sleecharging.ra.internal.diameter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;

import org.jdiameter.common.api.concurrent.IConcurrentFactory;

/**
 * The threads of one jDiameter stack. Its stop() and destroy() shut down only some executors and
 * leave the rest (application-session and timer pools, some non-daemon) running, so an RA
 * deactivation or a test JVM would keep them. This ends them: shutdownNow on every executor of the
 * stack's own concurrent factory, interrupt and join the threads of its thread groups. Threads of
 * other Diameter stacks in the JVM are never touched.
 */
final class JDiameterThreads {
    private final IConcurrentFactory factory;
    private final Set<ThreadGroup> groups = new LinkedHashSet<ThreadGroup>();

    JDiameterThreads(IConcurrentFactory factory) {
        this.factory = factory;
        noteGroups();
    }

    /** Records the thread groups of the factory's executors; they are created lazily, so call again before stop. */
    synchronized void noteGroups() {
        groups.add(factory.getThreadGroup());
        for (ScheduledExecutorService service : factory.getScheduledExecutorServices()) {
            if (service instanceof ThreadPoolExecutor) {
                // jDiameter's thread factory class is package-private: an unstarted probe thread names its group.
                Thread probe = ((ThreadPoolExecutor) service).getThreadFactory().newThread(new Runnable() {
                    @Override
                    public void run() {
                        // never started
                    }
                });
                groups.add(probe.getThreadGroup());
            }
        }
    }

    /** Shuts every executor down and waits up to {@code millis} for the stack's threads to end. */
    void end(long millis) {
        factory.shutdownAllNow();
        long deadline = System.nanoTime() + millis * 1_000_000L;
        for (Thread thread : alive()) {
            if (thread != Thread.currentThread()) {
                thread.interrupt();
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left > 0) {
                    join(thread, left);
                }
            }
        }
    }

    private static void join(Thread thread, long millis) {
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The stack's threads still alive. */
    synchronized List<Thread> alive() {
        List<Thread> alive = new ArrayList<Thread>();
        for (ThreadGroup group : groups) {
            Thread[] threads = new Thread[group.activeCount() + 8];
            int n = group.enumerate(threads, true);
            for (Thread thread : Arrays.asList(threads).subList(0, n)) {
                if (thread.isAlive()) {
                    alive.add(thread);
                }
            }
        }
        return alive;
    }
}
