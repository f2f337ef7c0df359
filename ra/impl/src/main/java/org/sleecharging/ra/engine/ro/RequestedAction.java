package org.sleecharging.ra.engine.ro;

/** Requested-Action of an EVENT request (RFC 4006 §8.41). */
public enum RequestedAction {
    DIRECT_DEBITING(0), REFUND_ACCOUNT(1), CHECK_BALANCE(2), PRICE_ENQUIRY(3);

    private final int avpValue;

    RequestedAction(int avpValue) {
        this.avpValue = avpValue;
    }

    public int avpValue() {
        return avpValue;
    }
}
