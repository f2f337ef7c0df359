package org.sleecharging.manager;

/**
 * Why usage is reported to the OCS, with the Reporting-Reason codes of TS 32.299 §7.2.175.
 * {@link #NONE} means no reason (a first reservation, or nothing pending) and has no wire code.
 */
public enum ReportingReason {
    NONE(-1),
    THRESHOLD(0),
    QHT(1),
    FINAL(2),
    QUOTA_EXHAUSTED(3),
    VALIDITY_TIME(4),
    OTHER_QUOTA_TYPE(5),
    RATING_CONDITION_CHANGE(6),
    FORCED_REAUTHORISATION(7),
    POOL_EXHAUSTED(8);

    private final int code;

    ReportingReason(int code) {
        this.code = code;
    }

    /** The Reporting-Reason AVP value; -1 for {@link #NONE}. */
    public int code() {
        return code;
    }

    /** Throws IllegalArgumentException for a code TS 32.299 does not define. */
    public static ReportingReason valueOf(int code) {
        for (ReportingReason reason : values()) {
            if (reason.code == code && reason != NONE) {
                return reason;
            }
        }
        throw new IllegalArgumentException("reporting reason code " + code + " is not a TS 32.299 Reporting-Reason");
    }
}
