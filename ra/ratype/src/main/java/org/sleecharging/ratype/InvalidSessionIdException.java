package org.sleecharging.ratype;

/** No live charging session has this id (released, ended or never created). */
public final class InvalidSessionIdException extends ChargingException {
    private static final long serialVersionUID = 1L;

    public InvalidSessionIdException(String extraInformation) {
        super(ParlayExceptionCode.P_INVALID_SESSION_ID, extraInformation);
    }
}
