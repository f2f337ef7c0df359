package org.sleecharging.ra.engine.ro;

/** Direct-Debiting-Failure-Handling (RFC 4006 §8.15): what the client does when a one-time EVENT request fails. */
public enum DirectDebitingFailureHandling {
    /**
     * Refuse the service if the failure shows nothing was debited; otherwise grant it and keep the
     * request to re-send with the T flag. The RFC default.
     */
    TERMINATE_OR_BUFFER,
    /** Grant the service even if the request cannot be delivered, and drop the request. */
    CONTINUE;

    /** The enumerated AVP value of RFC 4006 §8.15. */
    public int avpValue() {
        return ordinal();
    }

    /** Parses the AVP value; IllegalArgumentException names an unknown value. */
    public static DirectDebitingFailureHandling ofAvpValue(int value) {
        DirectDebitingFailureHandling[] all = values();
        if (value < 0 || value >= all.length) {
            throw new IllegalArgumentException("Direct-Debiting-Failure-Handling " + value
                    + " is not defined (RFC 4006 §8.15)");
        }
        return all[value];
    }
}
