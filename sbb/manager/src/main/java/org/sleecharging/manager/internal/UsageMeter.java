package org.sleecharging.manager.internal;

import java.io.Serializable;
import java.math.BigDecimal;

import org.sleecharging.events.value.Amount;

/**
 * Meters time usage of one instance in milliseconds from the first grant on, leaving out
 * suspended intervals (TS 32.299 §5.2.2: time is reported in the used units of the session). Times
 * are epoch milliseconds from the injected clock; -1 means "not". Mutable; copied with its record.
 */
final class UsageMeter implements Serializable {
    private static final long serialVersionUID = 1L;

    private boolean started;
    private long runningSince = -1;
    private long suspendedSince = -1;

    UsageMeter copy() {
        UsageMeter m = new UsageMeter();
        m.started = started;
        m.runningSince = runningSince;
        m.suspendedSince = suspendedSince;
        return m;
    }

    boolean isSuspended() {
        return suspendedSince >= 0;
    }

    boolean isRunning() {
        return runningSince >= 0;
    }

    /** Start of the interval not yet folded into the counters; -1 if not running. */
    long runningSince() {
        return runningSince;
    }

    /** The first grant arrived: metering starts now unless suspended. Idempotent. */
    void start(long now) {
        if (!started) {
            started = true;
            runningSince = isSuspended() ? -1 : now;
        }
    }

    /** Closes the open interval at {@code now} and opens the next one; the seconds used in it (exact). */
    Amount fold(long now) {
        if (!isRunning()) {
            return Amount.ZERO;
        }
        long millis = Math.max(0L, now - runningSince);
        runningSince = now;
        return seconds(millis);
    }

    /** Milliseconds in the open interval. */
    long openMillis(long now) {
        return isRunning() ? Math.max(0L, now - runningSince) : 0L;
    }

    /** Folds and stops metering for good (finalisation, loss of the session). */
    Amount stop(long now) {
        Amount used = fold(now);
        runningSince = -1;
        started = false;
        return used;
    }

    /** Folds, then suspends; returns the seconds folded. Callers check {@link #isSuspended()} first. */
    Amount suspend(long now) {
        Amount used = fold(now);
        runningSince = -1;
        suspendedSince = now;
        return used;
    }

    /**
     * Ends the suspension. With {@code excludeSuspension} metering restarts now and the suspended
     * milliseconds are returned (for the suspended-duration counter); without it metering restarts
     * from the start of the suspension, so that interval counts as used, and 0 is returned.
     */
    long resume(long now, boolean excludeSuspension) {
        long suspendedMillis = Math.max(0L, now - suspendedSince);
        if (started) {
            runningSince = excludeSuspension ? now : suspendedSince;
        }
        suspendedSince = -1;
        return excludeSuspension ? suspendedMillis : 0L;
    }

    static Amount seconds(long millis) {
        return Amount.valueOf(BigDecimal.valueOf(millis, 3));
    }
}
