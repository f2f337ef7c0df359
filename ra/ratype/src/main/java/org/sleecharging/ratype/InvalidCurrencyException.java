package org.sleecharging.ratype;

/** The currency is not supported, or differs between arguments. */
public final class InvalidCurrencyException extends ChargingException {
    private static final long serialVersionUID = 1L;

    public InvalidCurrencyException(String extraInformation) {
        super(ParlayExceptionCode.P_INVALID_CURRENCY, extraInformation);
    }
}
