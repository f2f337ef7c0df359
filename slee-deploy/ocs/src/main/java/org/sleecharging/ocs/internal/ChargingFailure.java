package org.sleecharging.ocs.internal;

/** A request that cannot be rated or charged, carrying the Result-Code to answer (RFC 4006 §9). */
final class ChargingFailure extends Exception {
    private static final long serialVersionUID = 1L;
    final long resultCode;

    ChargingFailure(long resultCode, String message) {
        super(message, null, false, false);
        this.resultCode = resultCode;
    }
}
