package org.sleecharging.ocs;

/** Why a CCR reports usage: the Reporting-Reason AVP of TS 32.299 §7.2.175 (vendor 3GPP, code 872). */
public enum ReportingReason {
    THRESHOLD(0), QHT(1), FINAL(2), QUOTA_EXHAUSTED(3), VALIDITY_TIME(4), OTHER_QUOTA_TYPE(5),
    RATING_CONDITION_CHANGE(6), FORCED_REAUTHORISATION(7), POOL_EXHAUSTED(8), UNUSED_QUOTA_TIMER(9);

    private final int code;

    ReportingReason(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** IllegalArgumentException for a value TS 32.299 does not define. */
    public static ReportingReason ofCode(int code) {
        for (ReportingReason r : values()) {
            if (r.code == code) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown Reporting-Reason " + code);
    }
}
