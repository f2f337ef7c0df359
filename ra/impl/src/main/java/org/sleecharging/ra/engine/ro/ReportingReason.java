package org.sleecharging.ra.engine.ro;

/**
 * Why a CCR reports usage (TS 32.299 §7.2.175 Reporting-Reason), for the reasons the RA can know:
 * the end of the session, the end of a grant's Validity-Time, an OCS re-auth request.
 */
public enum ReportingReason {
    FINAL(2),
    VALIDITY_TIME(4),
    FORCED_REAUTHORISATION(7);

    private final int avpValue;

    ReportingReason(int avpValue) {
        this.avpValue = avpValue;
    }

    /** The Reporting-Reason AVP's Enumerated value. */
    public int avpValue() {
        return avpValue;
    }
}
