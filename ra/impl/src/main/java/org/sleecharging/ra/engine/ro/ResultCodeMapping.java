package org.sleecharging.ra.engine.ro;

import org.sleecharging.events.value.ChargingError;

/** Maps a failed Result-Code to the Parlay error of the operation that caused it (DESIGN.md "Mapping to Ro"). */
public final class ResultCodeMapping {

    /** Whether the failed CCR asked for a reservation, a debit or a credit; the same code means different things. */
    public enum Purpose {
        RESERVE, DEBIT, CREDIT, RATE, REPORT
    }

    private ResultCodeMapping() {
    }

    public static ChargingError toChargingError(ResultCode resultCode, Purpose purpose) {
        if (resultCode.isSuccess()) {
            throw new IllegalArgumentException("result code " + resultCode + " is a success, not an error");
        }
        long code = resultCode.code();
        if (code == ResultCode.CREDIT_LIMIT_REACHED.code()) {
            // RFC 4006 §9.1: no more credit; for a reservation that is its limit (TS 29.198-12 §8.4).
            return purpose == Purpose.RESERVE ? ChargingError.RESERVATION_LIMIT : ChargingError.NO_DEBIT;
        }
        if (code == ResultCode.END_USER_SERVICE_DENIED.code()) {
            return purpose == Purpose.CREDIT ? ChargingError.NO_CREDIT : ChargingError.NO_DEBIT;
        }
        if (code == ResultCode.USER_UNKNOWN.code()) {
            return ChargingError.USER;
        }
        if (code == ResultCode.RATING_FAILED.code() || code == ResultCode.MISSING_AVP.code()) {
            return ChargingError.PARAMETER;
        }
        if (code == ResultCode.AUTHORIZATION_REJECTED.code()) {
            return ChargingError.ACCOUNT;
        }
        return ChargingError.UNDEFINED;
    }
}
