package org.sleecharging.events.value;

/**
 * What RFC 4006 failure handling did with the charging session when a reservation got no usable
 * answer from the OCS (§5.7: Tx timer expired, transport failure, or a 3xxx protocol error), as
 * carried by {@code ReserveAmountErr} and {@code ReserveUnitErr}. It lets an SBB tell "the OCS
 * cannot be reached, the service may go on" from a failure that ends charging.
 */
public enum FailureHandlingResult {
    /**
     * No failure handling applied: the OCS answered (the error is its decision, e.g. 4012 gives
     * P_CHS_ERR_RESERVATION_LIMIT) or the RA refused the request itself.
     */
    NOT_APPLIED,
    /**
     * No usable answer, and Credit-Control-Failure-Handling TERMINATE or RETRY_AND_TERMINATE
     * (§8.14): the charging session ends; {@code SessionEnded} follows on the same activity.
     */
    SESSION_ENDS,
    /**
     * No usable answer, and Credit-Control-Failure-Handling CONTINUE (§8.14: "the service SHOULD be
     * granted, even if credit-control messages can't be delivered"): the charging session stays
     * with what is left of its reservation; usage debited against it and not yet confirmed by the
     * OCS goes out as Used-Service-Unit with the session's next CCR (UPDATE or TERMINATION). A
     * failed first reservation opened no Ro session, so nothing is held.
     */
    SESSION_CONTINUES
}
