package org.sleecharging.manager.internal;

/** The two deadlines the manager watches with timers for a reservation instance. */
public enum DeadlineKind {
    /**
     * The reservation's lifetime (TS 29.198-12 §8.3, the SLA's default lifetime from the first grant)
     * is about to end: the manager extends it with extendLifeTimeReq. A further reservation does not
     * renew it.
     */
    LIFETIME,
    /** Metered time has used up the granted seconds (TS 32.299 QUOTA_EXHAUSTED). */
    QUOTA
}
