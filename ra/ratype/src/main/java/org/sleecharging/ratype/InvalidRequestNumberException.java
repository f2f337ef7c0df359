package org.sleecharging.ratype;

/** The request number is neither the next one nor a retry of the last request with the same parameters. */
public final class InvalidRequestNumberException extends ChargingException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestNumberException(String extraInformation) {
        super(ParlayExceptionCode.P_INVALID_REQUEST_NUMBER, extraInformation);
    }
}
