package org.sleecharging.ocs;

/** Requested-Action of a CCR-EVENT (RFC 4006 §8.41). */
public enum RequestedAction {
    DIRECT_DEBITING(0), REFUND_ACCOUNT(1), CHECK_BALANCE(2), PRICE_ENQUIRY(3);

    private final int code;

    RequestedAction(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static RequestedAction ofCode(int code) {
        for (RequestedAction a : values()) {
            if (a.code == code) {
                return a;
            }
        }
        throw new IllegalArgumentException("Unknown Requested-Action " + code);
    }
}
