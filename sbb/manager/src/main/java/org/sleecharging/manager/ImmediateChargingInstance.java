package org.sleecharging.manager;

/**
 * A charging instance without reservation (IEC, Ro CCR-EVENT). The first operation opens its
 * charging session; it stays open for further debits and refunds until {@link #release()}.
 */
public interface ImmediateChargingInstance extends ChargingInstance {

    /**
     * Debits the instance's terms directly (DIRECT_DEBITING). Answered by a CreditResult with
     * instruction DIRECT_DEBIT carrying {@code executionPhase}; its used units are what was debited.
     *
     * @throws InstructionAlreadyPendingException if an instruction other than DIRECT_DEBIT is pending
     */
    void doDirectDebit(String executionPhase) throws InstructionAlreadyPendingException,
            ChargingInstanceAlreadyFinalisedException, CreditCheckAlreadyInProgressException;

    /**
     * Refunds the instance's terms (REFUND_ACCOUNT). Answered by a CreditResult with instruction
     * REFUND; the refunded units are taken off the used counters.
     *
     * @throws InstructionAlreadyPendingException if an instruction other than REFUND is pending
     */
    void doRefund(String executionPhase) throws InstructionAlreadyPendingException,
            ChargingInstanceAlreadyFinalisedException, CreditCheckAlreadyInProgressException;

    /** Releases the charging session; the instance is FINAL at once and no event follows. */
    void release() throws ChargingInstanceAlreadyFinalisedException, CreditCheckAlreadyInProgressException;
}
