package org.sleecharging.ratype;

/** The merchant account is not acceptable. */
public final class InvalidAccountException extends ChargingException {
    private static final long serialVersionUID = 1L;

    public InvalidAccountException(String extraInformation) {
        super(ParlayExceptionCode.P_INVALID_ACCOUNT, extraInformation);
    }
}
