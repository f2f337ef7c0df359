package org.sleecharging.ocs.load;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Warm-up until the JIT compiler is quiet. A benchmark leg whose JVM holds more code than the
 * other (an OCS engine, a SLEE with an RA) is still compiling long after a fixed warm-up on a
 * small machine, and its measured window then measures warm-up. After the least warm-up this
 * waits until {@link #QUIET_WINDOWS} windows of {@link #WINDOW} in a row pass with under
 * {@link #QUIET_PERCENT} % of each spent compiling (CompilationMXBean, all compiler threads), or the
 * most warm-up has passed. One quiet window was not enough: C2's queue empties between bursts, and
 * a leg measured right after one had its JIT busy 74 % of the window.
 */
public final class JitWarmUp {
    public static final Duration WINDOW = Duration.ofSeconds(2);
    public static final long QUIET_PERCENT = 5;
    public static final int QUIET_WINDOWS = 3;

    private JitWarmUp() {
    }

    /** Sleeps {@code least}, then on while the JIT is busy, never past {@code most} from the call; returns the time taken. */
    public static Duration await(Duration least, Duration most) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + Math.max(least.toNanos(), most.toNanos());
        Thread.sleep(least.toMillis()); // the benchmark's own pacing, not a test wait
        int quiet = 0;
        while (quiet < QUIET_WINDOWS && System.nanoTime() < deadline) {
            long before = compileMillis();
            Thread.sleep(WINDOW.toMillis());
            quiet = compileMillis() - before < WINDOW.toMillis() * QUIET_PERCENT / 100 ? quiet + 1 : 0;
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Time spent in JIT compilation so far, all compiler threads, in ms; -1 if the JVM does not tell. */
    public static long compileMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }
}
