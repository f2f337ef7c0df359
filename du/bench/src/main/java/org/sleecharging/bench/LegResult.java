package org.sleecharging.bench;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * What one load run of one leg measured: sessions completed and failed in the measured window,
 * its length, Ro requests per session, end-to-end session latency and reserve (CCR-I round trip
 * as the caller sees it) latency, in nanoseconds, the leg JVM's CPU time in the measured window, how
 * long the leg warmed up and the JIT compilation time (all compiler threads) in the measured window.
 */
record LegResult(String leg, String mode, long sessions, long errors, long measuredNanos, int ccrsPerSession,
        Histogram sessionNanos, Histogram reserveNanos, long cpuNanos, long warmUpNanos, long jitMillis) {

    static final String PREFIX = "BENCH-RESULT ";

    /** The same result with another warm-up time (a run warmed up in several parts). */
    LegResult withWarmUpNanos(long nanos) {
        return new LegResult(leg, mode, sessions, errors, measuredNanos, ccrsPerSession, sessionNanos, reserveNanos, cpuNanos,
                nanos, jitMillis);
    }

    double sessionsPerSecond() {
        return sessions / (measuredNanos / 1e9);
    }

    /** Leg JVM CPU per completed session (OCS not included), in microseconds. */
    double cpuMicrosPerSession() {
        return sessions == 0 ? Double.NaN : cpuNanos / 1e3 / sessions;
    }

    /** JIT compilation time per second of the measured window, in percent of one core. */
    double jitPercent() {
        return jitMillis / (measuredNanos / 1e6) * 100;
    }

    double ccrsPerSecond() {
        return sessionsPerSecond() * ccrsPerSession;
    }

    String encode() {
        return PREFIX + leg + " " + mode + " " + sessions + " " + errors + " " + measuredNanos + " " + ccrsPerSession
                + " " + encode(sessionNanos) + " " + encode(reserveNanos) + " " + cpuNanos + " " + warmUpNanos + " " + jitMillis;
    }

    static LegResult decode(String line) {
        String[] f = (line.startsWith(PREFIX) ? line.substring(PREFIX.length()) : line).trim().split(" ");
        return new LegResult(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
                Integer.parseInt(f[5]), decodeHistogram(f[6]), decodeHistogram(f[7]), Long.parseLong(f[8]), Long.parseLong(f[9]),
                Long.parseLong(f[10]));
    }

    private static String encode(Histogram h) {
        ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int length = h.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
    }

    private static Histogram decodeHistogram(String text) {
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(text)), 0);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("not an encoded histogram: " + text, e);
        }
    }
}
