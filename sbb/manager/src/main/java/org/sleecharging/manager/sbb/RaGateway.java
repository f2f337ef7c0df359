package org.sleecharging.manager.sbb;

import javax.slee.ActivityContextInterface;
import javax.slee.FactoryException;
import javax.slee.SbbLocalObject;
import javax.slee.UnrecognizedActivityException;

import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.manager.ChargingContext;
import org.sleecharging.manager.ChargingTerms;
import org.sleecharging.manager.internal.InstanceRecord;
import org.sleecharging.manager.internal.RaStep;
import org.sleecharging.ratype.ChargingActivityContextInterfaceFactory;
import org.sleecharging.ratype.ChargingException;
import org.sleecharging.ratype.ChargingProvider;
import org.sleecharging.ratype.ChargingSessionActivity;

/** Issues the engine's requests to the charging RA type (TS 29.198-12 §8.2, §8.3). */
final class RaGateway {
    private final ChargingProvider provider;
    private final ChargingActivityContextInterfaceFactory aciFactory;

    RaGateway(ChargingProvider provider, ChargingActivityContextInterfaceFactory aciFactory) {
        this.provider = provider;
        this.aciFactory = aciFactory;
    }

    /**
     * Issues {@code step} for {@code record}; returns the new session's id for OPEN_SESSION (after
     * attaching {@code self} to its ACI), null otherwise. A ChargingException means the RA refused
     * and nothing was sent.
     */
    ChargingSessionId execute(RaStep step, InstanceRecord record, ChargingContext context, SbbLocalObject self)
            throws ChargingException {
        ChargingTerms terms = record.terms();
        switch (step.kind()) {
        case OPEN_SESSION:
            ChargingSessionActivity created = provider.createChargingSession(context.getDescription(),
                    context.getMerchantAccount(), context.getUser(), context.getCorrelationId());
            aci(created).attach(self);
            return created.getSessionId();
        case RESERVE_UNITS:
            session(record).reserveUnitReq(terms.getDescription(), terms.getParameters(), step.volumes(),
                    step.requestNumber());
            return null;
        case DEBIT_UNITS:
            session(record).debitUnitReq(terms.getDescription(), step.volumes(), step.closeReservation(),
                    step.requestNumber());
            return null;
        case DIRECT_DEBIT_UNITS:
            session(record).directDebitUnitReq(terms.getDescription(), terms.getParameters(), step.volumes(),
                    step.requestNumber());
            return null;
        case DIRECT_CREDIT_UNITS:
            session(record).directCreditUnitReq(terms.getDescription(), terms.getParameters(), step.volumes(),
                    step.requestNumber());
            return null;
        case RELEASE:
            session(record).release(step.requestNumber());
            return null;
        case EXTEND_LIFETIME:
            session(record).extendLifeTimeReq();
            return null;
        default:
            throw new IllegalArgumentException("no RA request for step " + step);
        }
    }

    /** Releases the session of an instance that nobody will finalise (the manager is being removed). */
    void abandon(InstanceRecord record) throws ChargingException {
        session(record).release(record.nextRequestNumber());
    }

    ChargingSessionActivity session(InstanceRecord record) throws ChargingException {
        return provider.getChargingSession(record.sessionId());
    }

    /** The ACI of the instance's charging session, on which its timers are set. */
    ActivityContextInterface aci(InstanceRecord record) throws ChargingException {
        return aci(session(record));
    }

    private ActivityContextInterface aci(ChargingSessionActivity activity) {
        try {
            return aciFactory.getActivityContextInterface(activity);
        } catch (UnrecognizedActivityException | FactoryException e) {
            throw new IllegalStateException("no activity context for charging session " + activity.getSessionId(), e);
        }
    }
}
