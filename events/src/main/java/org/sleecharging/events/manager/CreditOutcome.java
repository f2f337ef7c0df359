package org.sleecharging.events.manager;

/** How a credit check ended, as seen by the feature SBB. */
public enum CreditOutcome {
    /** Units granted or usage accepted (Result-Code class success). */
    SUCCESS,
    /** The OCS refused (e.g. 4012 credit limit reached); the feature should stop the service. */
    DENIED,
    /** No usable answer: transport failure, Tx timeout or a protocol error. */
    FAILURE,
    /**
     * A further credit reservation got no usable answer and the charging session continues without
     * credit control (RFC 4006 §5.7, Credit-Control-Failure-Handling CONTINUE: "the service SHOULD be
     * granted"). The service may go on with what is left of the earlier grant; nothing new was
     * granted ({@code grantedUnits} null). The instance stays Mid and keeps counting usage: the units
     * of the failed request and all later ones are reported with the next reservation that reaches
     * the OCS, or with the finalisation (CCR-TERMINATION; if that fails too, the RA raises its
     * unconfirmed-usage alarm). When the grant is used up the manager asks for a reservation again
     * (InstructionPending QUOTA_EXHAUSTED), which retries the OCS and asks for the usage beyond the
     * grant as well. When the OCS stays away until the finalisation, the final unit debit takes only
     * what is left of the reservation (TS 29.198-12) and the manager debits the rest directly
     * (directDebitUnitReq, CCR-EVENT DIRECT_DEBITING), so the final CreditResult's {@code usedUnits}
     * is all the usage; should the OCS not answer that either, the RA applies its
     * Direct-Debiting-Failure-Handling (RFC 4006 §8.15: buffered and re-sent, and its
     * unconfirmed-usage alarm if it never gets through).
     *
     * <p>Only a further reservation continues: a failed first reservation opened no Ro session and
     * holds nothing to continue on, so it is a {@link #FAILURE}.
     */
    CONTINUED
}
