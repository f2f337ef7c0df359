package org.sleecharging.ra.engine.ro;

/** Credit-Control-Failure-Handling (RFC 4006 §8.14): what the client does when no answer comes. */
public enum FailureHandling {
    /** End the session and report the failure to the user of the session. */
    TERMINATE,
    /** Carry on without the OCS: the service continues on what was granted. */
    CONTINUE,
    /** Retry on the alternative peer (if failover is supported), then terminate. */
    RETRY_AND_TERMINATE;

    /** The enumerated AVP value of RFC 4006 §8.14. */
    public int avpValue() {
        return ordinal();
    }

    /** Parses the AVP value; IllegalArgumentException names an unknown value. */
    public static FailureHandling ofAvpValue(int value) {
        FailureHandling[] all = values();
        if (value < 0 || value >= all.length) {
            throw new IllegalArgumentException("Credit-Control-Failure-Handling " + value + " is not defined (RFC 4006 §8.14)");
        }
        return all[value];
    }
}
