package org.sleecharging.manager.internal;

import org.sleecharging.events.RequestError;
import org.sleecharging.events.ReserveUnitErr;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.FailureHandlingResult;

/** How RA answers translate into what the feature is told: outcome and Diameter Result-Code. */
final class Outcomes {
    /** Result-Code reported for a Res event: DIAMETER_SUCCESS (RFC 6733 §7.1.2); the Res events carry none. */
    static final long SUCCESS = 2001;
    /** Result-Code reported when no answer came (RA refusal, transport failure, lost session). */
    static final long NO_ANSWER = 0;

    private Outcomes() {
    }

    /**
     * An OCS refusal (credit limit, unknown user, rating failed, account) is DENIED: the feature should
     * stop the service. Anything else is a FAILURE: no usable answer or a request the RA would not take.
     */
    static CreditOutcome outcomeOf(ChargingError error) {
        switch (error) {
        case ACCOUNT:
        case USER:
        case PARAMETER:
        case NO_DEBIT:
        case NO_CREDIT:
        case RESERVATION_LIMIT:
            return CreditOutcome.DENIED;
        default:
            return CreditOutcome.FAILURE;
        }
    }

    /**
     * The outcome of an Err answering a step of a check on an instance in {@code state}: CONTINUED when
     * the RA gave up on the OCS for a further reservation and keeps the charging session (RFC 4006
     * §5.7, Credit-Control-Failure-Handling CONTINUE); otherwise as {@link #outcomeOf(ChargingError)}.
     * A first reservation (INITIAL_CHECK) has no grant to continue on and stays a FAILURE.
     */
    static CreditOutcome outcomeOf(RequestError error, InstanceState state) {
        boolean continues = error instanceof ReserveUnitErr
                && ((ReserveUnitErr) error).getFailureHandling() == FailureHandlingResult.SESSION_CONTINUES;
        CreditOutcome outcome = outcomeOf(error.getError());
        return continues && outcome == CreditOutcome.FAILURE && state == InstanceState.MID_CHECK
                ? CreditOutcome.CONTINUED : outcome;
    }

    /** Whether the Err says the RA ended the charging session (RFC 4006 §5.7 TERMINATE, RETRY_AND_TERMINATE). */
    static boolean endsSession(RequestError error) {
        return error instanceof ReserveUnitErr
                && ((ReserveUnitErr) error).getFailureHandling() == FailureHandlingResult.SESSION_ENDS;
    }

    /** The instance event that ends a check with {@code outcome}. */
    static InstanceEvent eventOf(CreditOutcome outcome) {
        switch (outcome) {
        case SUCCESS:
            return InstanceEvent.ANSWER_OK;
        case CONTINUED:
            return InstanceEvent.ANSWER_CONTINUED;
        default:
            return InstanceEvent.ANSWER_ERROR;
        }
    }

    /** The OCS's Result-Code on the Err; {@link #NO_ANSWER} when no OCS answer decided it. */
    static long resultCodeOf(RequestError error) {
        return error.getResultCode();
    }
}
