package org.sleecharging.events.manager;

/** The instruction a charging instance is asked to carry out (DESIGN.md, the charging manager). */
public enum ChargingInstruction {
    NONE,
    CREDIT_RESERVATION,
    CREDIT_FINALISATION,
    DIRECT_DEBIT,
    REFUND
}
