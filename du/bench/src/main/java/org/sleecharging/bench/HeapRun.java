package org.sleecharging.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.sleecharging.bench.Leg.SessionMode;

/**
 * Heap per open charging session: after a warm-up of complete sessions, used heap after full
 * collections is taken, {@code sessions} sessions are opened and their reservations held, and
 * used heap is taken again. The OCS runs in another JVM, so only the client side is counted.
 */
final class HeapRun {

    static final String PREFIX = "BENCH-HEAP ";

    private HeapRun() {
    }

    static String measure(String legName, Leg leg, int sessions, int subscribers) throws InterruptedException {
        new LoadRun(leg, subscribers).closed(legName, 32, Duration.ofSeconds(3), Duration.ofSeconds(3));
        Thread.sleep(1000); // let the last final usage reports be answered
        long before = usedAfterGc();
        Semaphore window = new Semaphore(64);
        CountDownLatch open = new CountDownLatch(sessions);
        AtomicLong failures = new AtomicLong();
        for (int i = 0; i < sessions; i++) {
            window.acquire();
            long id = 10_000_000L + i;
            leg.start(id, LoadRun.user(id, subscribers), SessionMode.HOLD, new Leg.SessionListener() {
                @Override
                public void reserved(long nanos) {
                    window.release();
                    open.countDown();
                }

                @Override
                public void done() {
                    throw new IllegalStateException("a held session ended");
                }

                @Override
                public void failed(String why) {
                    failures.incrementAndGet();
                    window.release();
                    open.countDown();
                }
            });
        }
        if (!open.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException(legName + ": " + open.getCount() + " of " + sessions + " sessions not opened");
        }
        Thread.sleep(2000); // test activities of the RA leg end asynchronously
        long after = usedAfterGc();
        return PREFIX + legName + " " + sessions + " " + failures.get() + " " + before + " " + after;
    }

    static long usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
