package org.sleecharging.manager.internal;

/** What can happen to a charging instance; the input of {@link InstanceState#next(InstanceEvent)}. */
public enum InstanceEvent {
    /** A credit reservation, direct debit or refund was started. */
    START_CHECK,
    /** Finalisation was started: usage is reported (if any) and the charging session released. */
    START_FINALISATION,
    /** Finalised with no charging session to release (nothing was ever sent). */
    FINALISE_NOW,
    /** The last step of a credit check was answered with success. */
    ANSWER_OK,
    /** A step of a credit check failed: an Err event or a synchronous refusal by the RA. */
    ANSWER_ERROR,
    /**
     * A further reservation got no usable answer and the charging session continues without credit
     * control (RFC 4006 §5.7, Credit-Control-Failure-Handling CONTINUE): outcome CONTINUED.
     */
    ANSWER_CONTINUED,
    /** The charging session was released. */
    RELEASED,
    /** The charging session ended without the feature asking: OCS abort, lifetime expiry, activity end. */
    SESSION_LOST
}
