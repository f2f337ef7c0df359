package org.sleecharging.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.sleecharging.bench.Leg.SessionMode;

/**
 * Heap per open charging session: sessions are opened and their reservations held (RA leg: the
 * start activity is ended, so what stays is the RA's session, its activity context with the bench
 * SBB entity attached, and jDiameter's client session), and used heap is taken after full
 * collections (soft references cleared: -XX:SoftRefLRUPolicyMSPerMB=0). The
 * OCS runs in another JVM, so only the client side is counted.
 */
final class HeapRun {

    static final String PREFIX = "BENCH-HEAP ";

    private HeapRun() {
    }

    /**
     * Used heap after setup (no session yet), after {@code sessions}/2 held sessions and after
     * {@code sessions}: the per-session figure is the slope of the second half, where classes are
     * loaded, code is compiled and no ended session is left to be collected.
     */
    static String measure(String legName, Leg leg, int sessions, int subscribers) throws InterruptedException {
        long empty = usedAfterGc();
        int half = sessions / 2;
        long failures = open(legName, leg, 0, half, subscribers);
        Thread.sleep(2000); // test activities of the RA leg end asynchronously
        long atHalf = usedAfterGc();
        String stateAtHalf = leg.state();
        failures += open(legName, leg, half, sessions - half, subscribers);
        Thread.sleep(2000);
        long atFull = usedAfterGc();
        return PREFIX + legName + " " + sessions + " " + failures + " " + empty + " " + atHalf + " " + atFull + " "
                + stateAtHalf + "->" + leg.state();
    }

    private static long open(String legName, Leg leg, int from, int count, int subscribers) throws InterruptedException {
        Semaphore window = new Semaphore(64);
        CountDownLatch open = new CountDownLatch(count);
        AtomicLong failures = new AtomicLong();
        for (int i = from; i < from + count; i++) {
            window.acquire();
            long id = 1_000_000_000L + i;
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
        if (!open.await(300, TimeUnit.SECONDS)) {
            throw new IllegalStateException(legName + ": " + open.getCount() + " of " + count + " sessions not opened");
        }
        return failures.get();
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
