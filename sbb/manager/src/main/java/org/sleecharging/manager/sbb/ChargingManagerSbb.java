package org.sleecharging.manager.sbb;

import java.time.Clock;
import java.util.Objects;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.slee.ActivityContextInterface;
import javax.slee.ActivityEndEvent;
import javax.slee.Address;
import javax.slee.RolledBackContext;
import javax.slee.SLEEException;
import javax.slee.Sbb;
import javax.slee.SbbContext;
import javax.slee.facilities.TimerEvent;
import javax.slee.facilities.TimerFacility;

import org.sleecharging.events.DebitUnitErr;
import org.sleecharging.events.DebitUnitRes;
import org.sleecharging.events.DirectCreditUnitErr;
import org.sleecharging.events.DirectCreditUnitRes;
import org.sleecharging.events.DirectDebitUnitErr;
import org.sleecharging.events.DirectDebitUnitRes;
import org.sleecharging.events.ExtendLifeTimeErr;
import org.sleecharging.events.ExtendLifeTimeRes;
import org.sleecharging.events.ReauthRequest;
import org.sleecharging.events.RequestOutcome;
import org.sleecharging.events.ReserveUnitErr;
import org.sleecharging.events.ReserveUnitRes;
import org.sleecharging.events.SessionAborted;
import org.sleecharging.events.SessionEnded;
import org.sleecharging.events.manager.ChargingInstanceEnded;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.manager.InstructionPending;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.ReauthCause;
import org.sleecharging.manager.ChargingContext;
import org.sleecharging.manager.internal.InstanceRecord;
import org.sleecharging.manager.internal.InstanceTable;
import org.sleecharging.ratype.ChargingActivityContextInterfaceFactory;
import org.sleecharging.ratype.ChargingException;
import org.sleecharging.ratype.ChargingProvider;
import org.sleecharging.ratype.ChargingSessionActivity;

/**
 * The charging-manager child SBB: SLEE plumbing around the plain-Java engine in
 * {@code org.sleecharging.manager.internal}. The feature-facing methods of the local interface are
 * in {@link ChargingManagerOperations}; this class holds the CMP fields, fire methods, lifecycle
 * and the handlers of the charging RA's events on the sessions it opened (it attaches to each
 * session's ACI when opening it), of its deadline timers and of activity end.
 */
public abstract class ChargingManagerSbb extends ChargingManagerOperations implements Sbb {
    static final String PROVIDER = "java:comp/env/slee/resources/charging/provider";
    static final String ACI_FACTORY = "java:comp/env/slee/resources/charging/acifactory";
    static final String TIMER_FACILITY = "java:comp/env/slee/facilities/timer";

    // CMP fields (JSLEE 1.1 §6.5): all state of the entity; rolled back with the transaction.

    public abstract InstanceTable getInstances();

    public abstract void setInstances(InstanceTable instances);

    public abstract ChargingContext getChargingContext();

    public abstract void setChargingContext(ChargingContext context);

    public abstract ActivityContextInterface getResultActivity();

    public abstract void setResultActivity(ActivityContextInterface activity);

    public abstract TimerBook getTimerBook();

    public abstract void setTimerBook(TimerBook book);

    // Fire methods (JSLEE 1.1 §8.5.4): results go to the feature on the result activity.

    public abstract void fireCreditResult(CreditResult event, ActivityContextInterface activity, Address address);

    public abstract void fireInstructionPending(InstructionPending event, ActivityContextInterface activity,
            Address address);

    public abstract void fireChargingInstanceEnded(ChargingInstanceEnded event, ActivityContextInterface activity,
            Address address);

    private Cmp cmp;

    // Lifecycle (JSLEE 1.1 §6.2).

    @Override
    public void setSbbContext(SbbContext context) {
        try {
            InitialContext naming = new InitialContext();
            init(context, (ChargingProvider) naming.lookup(PROVIDER),
                    (ChargingActivityContextInterfaceFactory) naming.lookup(ACI_FACTORY),
                    (TimerFacility) naming.lookup(TIMER_FACILITY), Clock.systemUTC());
        } catch (NamingException e) {
            throw new SLEEException("charging manager cannot find its resources in JNDI: " + e.getMessage(), e);
        }
    }

    @Override
    public void unsetSbbContext() {
        unbind();
    }

    @Override
    public void sbbCreate() {
        cmp.forget();
        setInstances(InstanceTable.EMPTY);
        setTimerBook(TimerBook.EMPTY);
    }

    @Override
    public void sbbPostCreate() {
    }

    @Override
    public void sbbActivate() {
        cmp.forget();
    }

    @Override
    public void sbbPassivate() {
        cmp.forget();
    }

    /** JSLEE 1.1 §6.3.4: a new transaction; what was read from the CMP fields before is forgotten. */
    @Override
    public void sbbLoad() {
        cmp.forget();
    }

    @Override
    public void sbbStore() {
    }

    /**
     * The feature removed the manager: charging sessions of instances it did not finalise are
     * released so that no reservation is left to lifetime expiry, and every timer is cancelled.
     */
    @Override
    public void sbbRemove() {
        for (InstanceRecord record : table().records()) {
            if (!record.state().isFinal() && record.sessionId() != null) {
                try {
                    gateway().abandon(record);
                } catch (ChargingException e) {
                    tracer().warning("charging manager removed: session " + record.sessionId() + " of instance "
                            + record.name() + " not released (" + e.getMessage() + "); its lifetime will end it");
                }
            }
        }
        timers().cancelAll(timerBook());
        cmp.forget();
    }

    @Override
    public void sbbExceptionThrown(Exception exception, Object event, ActivityContextInterface activity) {
        tracer().severe("exception delivering " + event, exception);
    }

    @Override
    public void sbbRolledBack(RolledBackContext context) {
        tracer().fine("transaction rolled back for " + context.getEvent());
    }

    // Event handlers: answers of the charging RA (TS 29.198-12 §8.4) on sessions this entity opened.

    public void onReserveUnitRes(ReserveUnitRes event, ActivityContextInterface activity) {
        answered(event);
    }

    public void onReserveUnitErr(ReserveUnitErr event, ActivityContextInterface activity) {
        answered(event);
    }

    public void onDebitUnitRes(DebitUnitRes event, ActivityContextInterface activity) {
        answered(event);
    }

    public void onDebitUnitErr(DebitUnitErr event, ActivityContextInterface activity) {
        answered(event);
    }

    public void onDirectDebitUnitRes(DirectDebitUnitRes event, ActivityContextInterface activity) {
        answered(event);
    }

    public void onDirectDebitUnitErr(DirectDebitUnitErr event, ActivityContextInterface activity) {
        answered(event);
    }

    public void onDirectCreditUnitRes(DirectCreditUnitRes event, ActivityContextInterface activity) {
        answered(event);
    }

    public void onDirectCreditUnitErr(DirectCreditUnitErr event, ActivityContextInterface activity) {
        answered(event);
    }

    /** TS 29.198-12 §8.4: the reservation lives longer; the next extension is planned from its lifetime left. */
    public void onExtendLifeTimeRes(ExtendLifeTimeRes event, ActivityContextInterface activity) {
        InstanceRecord record = bySession(event.getSessionId(), event);
        if (record != null) {
            applyDecision(engine().raEvents().lifetimeExtended(record, event));
        }
    }

    /** TS 29.198-12 §8.4, P_CHS_ERR_NO_EXTEND: the instance finalises before its reservation expires. */
    public void onExtendLifeTimeErr(ExtendLifeTimeErr event, ActivityContextInterface activity) {
        InstanceRecord record = bySession(event.getSessionId(), event);
        if (record != null) {
            applyDecision(engine().raEvents().lifetimeNotExtended(record, event));
        }
    }

    /** RFC 4006 §5.5 RAR, or the end of the grant's Validity-Time (RFC 4006 §8.33). */
    public void onReauthRequest(ReauthRequest event, ActivityContextInterface activity) {
        InstanceRecord record = bySession(event.getSessionId(), event);
        if (record != null) {
            applyDecision(event.getCause() == ReauthCause.VALIDITY_TIME ? engine().raEvents().validityTimeEnded(record)
                    : engine().raEvents().reauthRequested(record));
        }
    }

    /** RFC 4006 §5.6 ASR. */
    public void onSessionAborted(SessionAborted event, ActivityContextInterface activity) {
        lost(event.getSessionId(), "charging session aborted by the OCS: " + event.getReason(), event);
    }

    /** TS 29.198-12 §8.4 sessionEnded, e.g. P_CHS_CAUSE_TIMER_EXPIRED. */
    public void onSessionEnded(SessionEnded event, ActivityContextInterface activity) {
        lost(event.getSessionId(), "charging session ended: " + event.getCause().parlayName(), event);
    }

    public void onActivityEndEvent(ActivityEndEvent event, ActivityContextInterface activity) {
        Object ended = activity.getActivity();
        if (ended instanceof ChargingSessionActivity) {
            lost(((ChargingSessionActivity) ended).getSessionId(), "charging session activity ended", event);
        }
    }

    public void onTimerEvent(TimerEvent event, ActivityContextInterface activity) {
        TimerBook book = timerBook();
        TimerBook.Entry entry = book.find(event.getTimerID());
        if (entry == null) {
            return;
        }
        setTimerBook(book.without(entry));
        InstanceRecord record = table().get(entry.instance);
        if (record != null) {
            applyDecision(engine().raEvents().deadlineReached(record, entry.kind, entry.deadline));
        }
    }

    private void answered(RequestOutcome event) {
        InstanceRecord record = bySession(event.getSessionId(), event);
        if (record != null) {
            applyDecision(engine().raEvents().answered(record, event));
        }
    }

    private void lost(ChargingSessionId sessionId, String reason, Object event) {
        InstanceRecord record = bySession(sessionId, event);
        if (record != null) {
            applyDecision(engine().raEvents().sessionLost(record, reason));
        }
    }

    private InstanceRecord bySession(ChargingSessionId sessionId, Object event) {
        InstanceRecord record = table().bySession(sessionId);
        if (record == null) {
            tracer().fine("no charging instance uses session " + sessionId + ": ignored " + event);
        }
        return record;
    }

    /** Wires the entity to its resources; setSbbContext calls it with what JNDI gives, tests with fakes. */
    final void init(SbbContext context, ChargingProvider provider, ChargingActivityContextInterfaceFactory aciFactory,
            TimerFacility timerFacility, Clock clock) {
        cmp = new Cmp();
        bind(context, provider, aciFactory, timerFacility, clock, cmp);
    }

    /**
     * The CMP fields and fire methods of this entity. A CMP get returns a copy of the stored value
     * (JSLEE 1.1 §6.5.1), and the feature's calls read the instance table many times per
     * transaction, so each value read or written is kept for the rest of the transaction
     * (forgotten at sbbLoad, sbbActivate, sbbPassivate, sbbCreate, sbbRemove). Safe because the
     * manager never mutates these values: a change is always a new table, book or record copy.
     */
    private final class Cmp implements EntityState {
        private InstanceTable table;
        private TimerBook book;
        private ChargingContext context;
        private boolean contextRead;

        void forget() {
            table = null;
            book = null;
            context = null;
            contextRead = false;
        }

        @Override
        public InstanceTable table() {
            if (table == null) {
                InstanceTable stored = getInstances();
                table = stored == null ? InstanceTable.EMPTY : stored;
            }
            return table;
        }

        @Override
        public TimerBook timerBook() {
            if (book == null) {
                TimerBook stored = getTimerBook();
                book = stored == null ? TimerBook.EMPTY : stored;
            }
            return book;
        }

        @Override
        public void store(InstanceTable newTable, TimerBook newBook) {
            if (newTable != table) {
                setInstances(newTable);
            }
            if (newBook != book) {
                setTimerBook(newBook); // most changes leave the timers as they are
            }
            table = newTable;
            book = newBook;
        }

        @Override
        public ChargingContext chargingContext() {
            if (!contextRead) {
                context = getChargingContext();
                contextRead = true;
            }
            return context;
        }

        @Override
        public void configured(ChargingContext newContext, ActivityContextInterface resultActivity) {
            setChargingContext(Objects.requireNonNull(newContext, "context"));
            setResultActivity(Objects.requireNonNull(resultActivity, "resultActivity"));
            context = newContext;
            contextRead = true;
        }

        @Override
        public void fire(Object event) {
            ActivityContextInterface activity = getResultActivity();
            if (activity == null) {
                throw new IllegalStateException("charging manager not configured: no result activity for " + event);
            }
            if (event instanceof CreditResult) {
                fireCreditResult((CreditResult) event, activity, null);
            } else if (event instanceof InstructionPending) {
                fireInstructionPending((InstructionPending) event, activity, null);
            } else {
                fireChargingInstanceEnded((ChargingInstanceEnded) event, activity, null);
            }
        }
    }
}
