package org.sleecharging.ratype;

/** The amount is zero, out of the SLA range or otherwise not acceptable. */
public final class InvalidAmountException extends ChargingException {
    private static final long serialVersionUID = 1L;

    public InvalidAmountException(String extraInformation) {
        super(ParlayExceptionCode.P_INVALID_AMOUNT, extraInformation);
    }
}
