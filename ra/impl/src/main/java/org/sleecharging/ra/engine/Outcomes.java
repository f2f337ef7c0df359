package org.sleecharging.ra.engine;

import org.sleecharging.events.CreditAmountErr;
import org.sleecharging.events.CreditUnitErr;
import org.sleecharging.events.DebitAmountErr;
import org.sleecharging.events.DebitUnitErr;
import org.sleecharging.events.DirectCreditAmountErr;
import org.sleecharging.events.DirectCreditUnitErr;
import org.sleecharging.events.DirectDebitAmountErr;
import org.sleecharging.events.DirectDebitUnitErr;
import org.sleecharging.events.RequestError;
import org.sleecharging.events.ReserveAmountErr;
import org.sleecharging.events.ReserveUnitErr;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.FailureHandlingResult;
import org.sleecharging.ra.engine.request.Operation;

/** Builds the Err event of each numbered operation (TS 29.198-12 §8.4). */
final class Outcomes {

    private Outcomes() {
    }

    static RequestError error(ChargingSessionId id, Operation operation, int number, ChargingError error, String info,
            int next) {
        return error(id, operation, number, error, info, next, FailureHandlingResult.NOT_APPLIED);
    }

    static RequestError error(ChargingSessionId id, Operation operation, int number, ChargingError error, String info,
            int next, FailureHandlingResult handling) {
        return error(id, operation, number, error, info, next, handling, RequestError.NO_RESULT_CODE);
    }

    /**
     * {@code handling} is what RFC 4006 §8.14 did with the session (only the reservation Errs carry
     * it); {@code resultCode} the OCS's Diameter Result-Code that decided the failure, if any.
     */
    static RequestError error(ChargingSessionId id, Operation operation, int number, ChargingError error, String info,
            int next, FailureHandlingResult handling, long resultCode) {
        if (handling != FailureHandlingResult.NOT_APPLIED && operation != Operation.RESERVE_AMOUNT
                && operation != Operation.RESERVE_UNIT) {
            throw new IllegalArgumentException(operation + " does not carry Credit-Control-Failure-Handling " + handling);
        }
        switch (operation) {
            case RESERVE_AMOUNT:
                return new ReserveAmountErr(id, number, error, info, next, handling, resultCode);
            case RESERVE_UNIT:
                return new ReserveUnitErr(id, number, error, info, next, handling, resultCode);
            case DEBIT_AMOUNT:
                return new DebitAmountErr(id, number, error, info, next, resultCode);
            case DEBIT_UNIT:
                return new DebitUnitErr(id, number, error, info, next, resultCode);
            case CREDIT_AMOUNT:
                return new CreditAmountErr(id, number, error, info, next, resultCode);
            case CREDIT_UNIT:
                return new CreditUnitErr(id, number, error, info, next, resultCode);
            case DIRECT_DEBIT_AMOUNT:
                return new DirectDebitAmountErr(id, number, error, info, next, resultCode);
            case DIRECT_DEBIT_UNIT:
                return new DirectDebitUnitErr(id, number, error, info, next, resultCode);
            case DIRECT_CREDIT_AMOUNT:
                return new DirectCreditAmountErr(id, number, error, info, next, resultCode);
            case DIRECT_CREDIT_UNIT:
                return new DirectCreditUnitErr(id, number, error, info, next, resultCode);
            default:
                throw new IllegalArgumentException(operation + " has no Err event");
        }
    }
}
