package org.sleecharging.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.sleecharging.bench.Leg.SessionMode;
import org.sleecharging.ocs.load.JitWarmUp;

/**
 * Drives a leg: closed loop (a fixed number of sessions in flight, each finished session starts the
 * next) for throughput, or open loop (sessions started at a fixed rate, latency counted from the
 * intended start so a stall is not hidden) for latency. Latencies are recorded in HdrHistograms
 * for the measured window only.
 */
final class LoadRun {

    private static final long MAX_NANOS = TimeUnit.SECONDS.toNanos(30);
    /** Open loop: sessions outstanding beyond this are counted as errors instead of started. */
    private static final long MAX_OUTSTANDING = 50_000;

    private final Leg leg;
    private final int subscribers;
    private final Recorder sessionLatency = new Recorder(MAX_NANOS, 3);
    private final Recorder reserveLatency = new Recorder(MAX_NANOS, 3);
    /** Session ids, unique in the JVM (the RA leg routes the SBB's reports by them). */
    private static final AtomicLong IDS = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong outstanding = new AtomicLong();
    private volatile boolean recording;
    private volatile boolean stopping;
    private volatile String lastError;

    LoadRun(Leg leg, int subscribers) {
        this.leg = leg;
        this.subscribers = subscribers;
    }

    /** The subscriber numbers of the first {@link #NAMED_SUBSCRIBERS}, formatted once for every leg (driver work). */
    private static final int NAMED_SUBSCRIBERS = 10_000;
    private static final String[] SUBSCRIBERS = java.util.stream.IntStream.range(0, NAMED_SUBSCRIBERS)
            .mapToObj(OcsProcess::subscriber).toArray(String[]::new);

    static String user(long id, int subscribers) {
        int i = (int) (id % subscribers);
        return i < NAMED_SUBSCRIBERS ? SUBSCRIBERS[i] : OcsProcess.subscriber(i);
    }

    LegResult closed(String legName, int inFlight, WarmUp warmUp, Duration measure) throws InterruptedException {
        CountDownLatch loops = new CountDownLatch(inFlight);
        for (int i = 0; i < inFlight; i++) {
            startClosed(loops);
        }
        return measure(legName, "closed", warmUp, measure, () -> loops.await(30, TimeUnit.SECONDS));
    }

    private void startClosed(CountDownLatch loops) {
        if (stopping) {
            loops.countDown();
            return;
        }
        long id = IDS.incrementAndGet();
        long start = System.nanoTime();
        leg.start(id, user(id, subscribers), SessionMode.SCUR, new Outcome(start, () -> startClosed(loops)));
    }

    LegResult open(String legName, double perSecond, WarmUp warmUp, Duration measure) throws InterruptedException {
        long interval = (long) (1e9 / perSecond);
        Thread pacer = new Thread(() -> {
            long next = System.nanoTime();
            while (!stopping) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                    continue;
                }
                long intended = next;
                next += interval;
                if (outstanding.get() >= MAX_OUTSTANDING) {
                    errors.incrementAndGet();
                    continue;
                }
                long id = IDS.incrementAndGet();
                outstanding.incrementAndGet();
                leg.start(id, user(id, subscribers), SessionMode.SCUR, new Outcome(intended, outstanding::decrementAndGet));
            }
        }, "bench-pacer");
        pacer.start();
        return measure(legName, "open", warmUp, measure, () -> {
            pacer.join();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (outstanding.get() > 0 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
            return outstanding.get() == 0;
        });
    }

    private LegResult measure(String legName, String mode, WarmUp warmUp, Duration measure, Drain drain)
            throws InterruptedException {
        // The RA leg's JVM holds far more code than the raw one (container, RA, jDiameter); on a small
        // machine C2 was still compiling most of a core at 15 s, and that window measured warm-up.
        long warmedUp = JitWarmUp.await(warmUp.least(), warmUp.most()).toNanos();
        long jitBefore = JitWarmUp.compileMillis();
        sessionLatency.getIntervalHistogram();
        reserveLatency.getIntervalHistogram();
        long before = completed.get();
        long errorsBefore = errors.get();
        long cpuBefore = processCpuNanos();
        recording = true;
        long start = System.nanoTime();
        Thread.sleep(measure.toMillis());
        recording = false;
        long elapsed = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpuBefore;
        long jit = JitWarmUp.compileMillis() - jitBefore;
        long sessions = completed.get() - before;
        long failed = errors.get() - errorsBefore;
        Histogram sessionsHistogram = sessionLatency.getIntervalHistogram();
        Histogram reserves = reserveLatency.getIntervalHistogram();
        stopping = true;
        if (!drain.await()) {
            throw new IllegalStateException(legName + ": sessions still outstanding 30 s after the run");
        }
        return new LegResult(legName, mode, sessions, failed, elapsed, leg.ccrsPerSession(SessionMode.SCUR),
                sessionsHistogram, reserves, cpu, warmedUp, jit);
    }

    /** CPU time of the whole leg JVM (all threads, GC and JIT included), the figure a shared machine does not distort. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    String lastError() {
        return lastError;
    }

    /** Warm up at least {@code least}; longer while the JIT is busy, but never past {@code most} (or {@code least}, if more). */
    record WarmUp(Duration least, Duration most) {
        static WarmUp exactly(Duration d) {
            return new WarmUp(d, d);
        }
    }

    @FunctionalInterface
    private interface Drain {
        boolean await() throws InterruptedException;
    }

    /** One session's outcome: latencies recorded from {@code start}, then {@code next}. */
    private final class Outcome implements Leg.SessionListener {
        private final long start;
        private final Runnable next;

        Outcome(long start, Runnable next) {
            this.start = start;
            this.next = next;
        }

        @Override
        public void reserved(long nanos) {
            if (recording) {
                reserveLatency.recordValue(Math.min(nanos, MAX_NANOS));
            }
        }

        @Override
        public void done() {
            if (recording) {
                sessionLatency.recordValue(Math.min(System.nanoTime() - start, MAX_NANOS));
            }
            completed.incrementAndGet();
            next.run();
        }

        @Override
        public void failed(String why) {
            errors.incrementAndGet();
            lastError = why;
            next.run();
        }
    }
}
