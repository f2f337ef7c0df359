package org.sleecharging.ra.engine;

import java.time.Clock;

import org.sleecharging.ratype.TaskRefusedException;

/**
 * The SLA's session limits (TS 29.198-12 §10): parallel sessions and sessions created per sliding
 * hour. The hour slides by whole seconds: creations are counted per second in a ring of 3600
 * counters, so the memory is fixed whatever the rate (a timestamp per session would hold millions
 * of them at a few thousand sessions a second), and a creation stops counting 3599 to 3600 seconds
 * after the second it fell in.
 */
final class Admission {

    private static final int WINDOW_SECONDS = 3600;

    private final SlaConfig sla;
    private final Clock clock;
    private final long[] secondOf = new long[WINDOW_SECONDS];
    private final int[] createdIn = new int[WINDOW_SECONDS];
    private long createdInWindow;
    /** The newest second whose counter has been dropped from the window. */
    private long expiredUpTo = Long.MIN_VALUE;

    Admission(SlaConfig sla, Clock clock) {
        this.sla = sla;
        this.clock = clock;
    }

    synchronized void admit(int liveSessions) throws TaskRefusedException {
        if (liveSessions >= sla.maxParallelSessions()) {
            throw new TaskRefusedException("the SLA allows " + sla.maxParallelSessions() + " parallel sessions");
        }
        long second = Math.floorDiv(clock.millis(), 1000L);
        expireBefore(second - WINDOW_SECONDS + 1);
        if (createdInWindow >= sla.maxSessionsPerHour()) {
            throw new TaskRefusedException("the SLA allows " + sla.maxSessionsPerHour() + " sessions per hour");
        }
        int slot = (int) Math.floorMod(second, (long) WINDOW_SECONDS);
        if (secondOf[slot] != second) {
            createdInWindow -= createdIn[slot]; // an older second still in the slot (clock stepped back)
            secondOf[slot] = second;
            createdIn[slot] = 0;
        }
        createdIn[slot]++;
        createdInWindow++;
    }

    /** Drops the counters of seconds before {@code firstKept}; at most one turn of the ring per call. */
    private void expireBefore(long firstKept) {
        long from = Math.max(expiredUpTo + 1, firstKept - WINDOW_SECONDS);
        for (long s = from; s < firstKept; s++) {
            int slot = (int) Math.floorMod(s, (long) WINDOW_SECONDS);
            if (secondOf[slot] == s) {
                createdInWindow -= createdIn[slot];
                createdIn[slot] = 0;
            }
        }
        expiredUpTo = Math.max(expiredUpTo, firstKept - 1);
    }
}
