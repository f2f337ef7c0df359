package org.sleecharging.manager.internal;

import org.sleecharging.events.DebitUnitErr;
import org.sleecharging.events.DebitUnitRes;
import org.sleecharging.events.DirectCreditUnitErr;
import org.sleecharging.events.DirectCreditUnitRes;
import org.sleecharging.events.DirectDebitUnitErr;
import org.sleecharging.events.DirectDebitUnitRes;
import org.sleecharging.events.RequestOutcome;
import org.sleecharging.events.ReserveUnitErr;
import org.sleecharging.events.ReserveUnitRes;

/** One request to the charging RA (TS 29.198-12 §8.3), and the Res/Err events that answer it. */
public enum StepKind {
    /** ChargingProvider.createChargingSession; synchronous. */
    OPEN_SESSION(null, null),
    /** reserveUnitReq: Ro CCR-INITIAL or CCR-UPDATE with Requested-Service-Unit. */
    RESERVE_UNITS(ReserveUnitRes.class, ReserveUnitErr.class),
    /** debitUnitReq: Ro Used-Service-Unit (CCR-UPDATE, or CCR-TERMINATION with closeReservation). */
    DEBIT_UNITS(DebitUnitRes.class, DebitUnitErr.class),
    /** directDebitUnitReq: Ro CCR-EVENT DIRECT_DEBITING. */
    DIRECT_DEBIT_UNITS(DirectDebitUnitRes.class, DirectDebitUnitErr.class),
    /** directCreditUnitReq: Ro CCR-EVENT REFUND_ACCOUNT. */
    DIRECT_CREDIT_UNITS(DirectCreditUnitRes.class, DirectCreditUnitErr.class),
    /** ChargingSessionActivity.release; synchronous, no answer event. */
    RELEASE(null, null),
    /**
     * extendLifeTimeReq (TS 29.198-12 §8.3): no request number, no Ro message. Issued beside a credit
     * check, never as one of its steps; answered by ExtendLifeTimeRes/Err, which are no RequestOutcome.
     */
    EXTEND_LIFETIME(null, null);

    private final Class<? extends RequestOutcome> res;
    private final Class<? extends RequestOutcome> err;

    StepKind(Class<? extends RequestOutcome> res, Class<? extends RequestOutcome> err) {
        this.res = res;
        this.err = err;
    }

    /** Whether the RA answers this request with an event (otherwise it completes when sent). */
    public boolean isAnswered() {
        return res != null;
    }

    public boolean isAnsweredBy(RequestOutcome event) {
        return event.getClass() == res || event.getClass() == err;
    }
}
