package org.sleecharging.ratype;

/** The user address is missing, malformed or of an unsupported address plan. */
public final class InvalidUserException extends ChargingException {
    private static final long serialVersionUID = 1L;

    public InvalidUserException(String extraInformation) {
        super(ParlayExceptionCode.P_INVALID_USER, extraInformation);
    }
}
