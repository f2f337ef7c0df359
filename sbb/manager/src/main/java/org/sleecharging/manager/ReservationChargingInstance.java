package org.sleecharging.manager;

import org.sleecharging.events.value.VolumeSet;

/**
 * A charging instance with unit reservation (SCUR / ECUR). The first credit reservation opens a
 * charging session and reserves the instance's terms (Ro CCR-INITIAL); each further one first
 * debits the units used since the last report, then reserves again (CCR-UPDATE); finalisation
 * debits the rest with {@code closeReservation} and releases the session (CCR-TERMINATION).
 *
 * <p>Time used in {@link org.sleecharging.events.value.Unit#SECONDS} is metered by the manager
 * from the grant on, leaving out suspended intervals; usage in every other unit is reported by
 * the feature with {@link #reportUsedUnits(VolumeSet)}. When the metered time or the reported
 * units use up the grant, the manager makes CREDIT_RESERVATION pending (reason QUOTA_EXHAUSTED) and
 * fires {@code InstructionPending}; an OCS re-auth request does the same with FORCED_REAUTHORISATION
 * (pending reason REAUTH_REQUEST), the end of the grant's Ro Validity-Time with VALIDITY_TIME
 * (VALIDITY_TIME_EXPIRED); the RA puts the reason in the next CCR-UPDATE's Reporting-Reason. The
 * reservation's lifetime (TS 29.198-12 §8.3) is the manager's business: it extends it before it
 * ends, and when the SLA allows no more it finalises the instance itself before the reservation
 * expires (ChargingInstanceEnded, no CreditResult).
 * A reservation refused after the first grant makes CREDIT_FINALISATION pending (reason FINAL);
 * a refused first reservation releases the session and finalises the instance.
 *
 * <p>OCS unreachable (RFC 4006 §5.7): when a further reservation gets no usable answer and the RA's
 * Credit-Control-Failure-Handling is CONTINUE, the CreditResult's outcome is CONTINUED: the instance
 * stays Mid with what is left of its grant, nothing becomes pending, metering goes on, and the units
 * not confirmed by the OCS are reported by the next reservation that gets an answer or by the
 * finalisation. Under TERMINATE and RETRY_AND_TERMINATE the outcome is FAILURE and the RA ends the
 * charging session (ChargingInstanceEnded follows). A first reservation without an answer is always
 * a FAILURE and the instance stays Initial.
 */
public interface ReservationChargingInstance extends ChargingInstance {

    /**
     * Asks for (more) credit, with the pending reporting reason if CREDIT_RESERVATION is pending,
     * otherwise none. The answer is a CreditResult with instruction CREDIT_RESERVATION carrying
     * {@code executionPhase}; its granted units are what the reservation holds after the check
     * (null if refused, failed or CONTINUED), its used units what was debited before reserving again
     * (null if nothing).
     *
     * @throws InstructionAlreadyPendingException if an instruction other than CREDIT_RESERVATION is pending
     */
    void doCreditReservation(String executionPhase) throws InstructionAlreadyPendingException,
            ChargingInstanceAlreadyFinalisedException, CreditCheckAlreadyInProgressException;

    /** As {@link #doCreditReservation(String)} with an explicit reporting reason; clears a pending CREDIT_RESERVATION. */
    void doCreditReservation(ReportingReason reason, String executionPhase) throws InstructionAlreadyPendingException,
            ChargingInstanceAlreadyFinalisedException, CreditCheckAlreadyInProgressException;

    /**
     * Reports the remaining usage and ends the charging session; allowed whatever instruction is
     * pending (and clears it). Answered by a CreditResult with instruction CREDIT_FINALISATION; the
     * instance is FINAL once it is fired. In INITIAL with nothing reserved it finalises at once.
     */
    void doCreditFinalisation(ReportingReason reason) throws ChargingInstanceAlreadyFinalisedException,
            CreditCheckAlreadyInProgressException;

    /**
     * Records units used in units the manager does not meter (anything but SECONDS), to be debited
     * at the next credit reservation or finalisation. Throws IllegalArgumentException for a unit
     * the instance's terms do not reserve.
     */
    void reportUsedUnits(VolumeSet used) throws ChargingInstanceAlreadyFinalisedException;
}
