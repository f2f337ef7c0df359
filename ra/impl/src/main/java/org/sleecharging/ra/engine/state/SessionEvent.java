package org.sleecharging.ra.engine.state;

/** What can happen to a charging session; the inputs of {@link SessionStateMachine#next}. */
public enum SessionEvent {
    AMOUNT_RESERVED,
    VOLUME_RESERVED,
    AMOUNT_DEBITED_OR_CREDITED,
    VOLUME_DEBITED_OR_CREDITED,
    /** closeReservation=true, or the reservation limit was reached. */
    RESERVATION_CLOSED,
    DIRECT_CHARGED,
    RATED,
    LIFETIME_EXTENDED,
    RELEASED,
    LIFETIME_EXPIRED,
    ABORTED,
    /** A CCR failed and Credit-Control-Failure-Handling TERMINATE or RETRY_AND_TERMINATE applies (RFC 4006 §8.14). */
    CREDIT_CONTROL_FAILED
}
