package org.sleecharging.ra.engine.request;

import org.sleecharging.ra.engine.state.SessionEvent;

/** The numbered operations of IpChargingSession (TS 29.198-12 §8.3), with their properties. */
public enum Operation {
    RESERVE_AMOUNT(true, SessionEvent.AMOUNT_RESERVED),
    RESERVE_UNIT(false, SessionEvent.VOLUME_RESERVED),
    DEBIT_AMOUNT(true, SessionEvent.AMOUNT_DEBITED_OR_CREDITED),
    DEBIT_UNIT(false, SessionEvent.VOLUME_DEBITED_OR_CREDITED),
    CREDIT_AMOUNT(true, SessionEvent.AMOUNT_DEBITED_OR_CREDITED),
    CREDIT_UNIT(false, SessionEvent.VOLUME_DEBITED_OR_CREDITED),
    DIRECT_DEBIT_AMOUNT(true, SessionEvent.DIRECT_CHARGED),
    DIRECT_DEBIT_UNIT(false, SessionEvent.DIRECT_CHARGED),
    DIRECT_CREDIT_AMOUNT(true, SessionEvent.DIRECT_CHARGED),
    DIRECT_CREDIT_UNIT(false, SessionEvent.DIRECT_CHARGED),
    RELEASE(false, SessionEvent.RELEASED);

    private final boolean amount;
    private final SessionEvent stateEvent;

    Operation(boolean amount, SessionEvent stateEvent) {
        this.amount = amount;
        this.stateEvent = stateEvent;
    }

    /** Money rather than volumes. */
    public boolean isAmount() {
        return amount;
    }

    /** The §9.1 event this operation causes when it succeeds. */
    public SessionEvent stateEvent() {
        return stateEvent;
    }

    public boolean isCredit() {
        return this == CREDIT_AMOUNT || this == CREDIT_UNIT || this == DIRECT_CREDIT_AMOUNT || this == DIRECT_CREDIT_UNIT;
    }

    public boolean isDebit() {
        return this == DEBIT_AMOUNT || this == DEBIT_UNIT || this == DIRECT_DEBIT_AMOUNT || this == DIRECT_DEBIT_UNIT;
    }
}
