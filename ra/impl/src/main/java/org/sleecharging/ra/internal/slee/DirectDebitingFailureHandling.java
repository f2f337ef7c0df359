package org.sleecharging.ra.internal.slee;

/** Direct-Debiting-Failure-Handling (RFC 4006 §8.15): what the client does when a direct debit gets no answer. */
public enum DirectDebitingFailureHandling {
    /** Refuse the service; the request may be buffered and sent later. */
    TERMINATE_OR_BUFFER,
    /** Grant the service and send the request again later. */
    CONTINUE;

    /** The enumerated AVP value of RFC 4006 §8.15. */
    public int avpValue() {
        return ordinal();
    }
}
