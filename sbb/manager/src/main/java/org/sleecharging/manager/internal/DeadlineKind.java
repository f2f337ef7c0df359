package org.sleecharging.manager.internal;

import org.sleecharging.events.manager.PendingReason;
import org.sleecharging.manager.ReportingReason;

/** The two deadlines the manager watches with timers for a reservation instance. */
public enum DeadlineKind {
    /** The grant's lifetime (Ro Validity-Time, RFC 4006 §8.33) is about to end. */
    VALIDITY(PendingReason.VALIDITY_TIME_EXPIRED, ReportingReason.VALIDITY_TIME),
    /** Metered time has used up the granted seconds (TS 32.299 QUOTA_EXHAUSTED). */
    QUOTA(PendingReason.QUOTA_EXHAUSTED, ReportingReason.QUOTA_EXHAUSTED);

    private final PendingReason pendingReason;
    private final ReportingReason reportingReason;

    DeadlineKind(PendingReason pendingReason, ReportingReason reportingReason) {
        this.pendingReason = pendingReason;
        this.reportingReason = reportingReason;
    }

    public PendingReason pendingReason() {
        return pendingReason;
    }

    public ReportingReason reportingReason() {
        return reportingReason;
    }
}
