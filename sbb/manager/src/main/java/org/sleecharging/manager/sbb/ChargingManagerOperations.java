package org.sleecharging.manager.sbb;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.slee.ActivityContextInterface;
import javax.slee.SbbContext;
import javax.slee.facilities.TimerFacility;
import javax.slee.facilities.Tracer;

import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.ManagerEvent;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.manager.ChargingContext;
import org.sleecharging.manager.ChargingInstance;
import org.sleecharging.manager.ChargingInstanceAlreadyFinalisedException;
import org.sleecharging.manager.ChargingInstanceOperations;
import org.sleecharging.manager.ChargingManager;
import org.sleecharging.manager.ChargingState;
import org.sleecharging.manager.ChargingTerms;
import org.sleecharging.manager.ChargingType;
import org.sleecharging.manager.CreditCheckAlreadyInProgressException;
import org.sleecharging.manager.DuplicateNameException;
import org.sleecharging.manager.ImmediateChargingInstance;
import org.sleecharging.manager.InstructionAlreadyPendingException;
import org.sleecharging.manager.ReportingReason;
import org.sleecharging.manager.ReservationChargingInstance;
import org.sleecharging.manager.SessionCounters;
import org.sleecharging.manager.UnknownChargingInstanceException;
import org.sleecharging.manager.internal.Decision;
import org.sleecharging.manager.internal.InstanceEngine;
import org.sleecharging.manager.internal.InstanceRecord;
import org.sleecharging.manager.internal.InstanceTable;
import org.sleecharging.manager.internal.RaStep;
import org.sleecharging.ratype.ChargingActivityContextInterfaceFactory;
import org.sleecharging.ratype.ChargingException;
import org.sleecharging.ratype.ChargingProvider;

/**
 * The methods of the {@link ChargingManager} local interface, run in the caller's transaction:
 * each reads the instance's record from CMP, lets the engine decide, issues the decided requests
 * to the RA, stores the new record, adjusts the deadline timers and fires the decided events.
 * Part of {@link ChargingManagerSbb}, which supplies the CMP fields and fire methods.
 */
public abstract class ChargingManagerOperations implements ChargingInstanceOperations {
    private SbbContext sbbContext;
    private Tracer tracer;
    private RaGateway gateway;
    private DeadlineTimers timers;
    private Clock clock;

    private EntityState state;

    /** Wires the entity to its context, resources and CMP state (from setSbbContext). */
    final void bind(SbbContext context, ChargingProvider provider, ChargingActivityContextInterfaceFactory aciFactory,
            TimerFacility timerFacility, Clock clock, EntityState state) {
        this.sbbContext = context;
        this.state = state;
        this.tracer = context.getTracer("ChargingManager");
        this.gateway = new RaGateway(provider, aciFactory);
        this.timers = new DeadlineTimers(timerFacility, gateway);
        this.clock = clock;
    }

    final SbbContext context() {
        return sbbContext;
    }

    final InstanceTable table() {
        return state.table();
    }

    final TimerBook timerBook() {
        return state.timerBook();
    }

    private ChargingContext chargingContext() {
        return state.chargingContext();
    }

    /** Drops the context and resources (unsetSbbContext). */
    final void unbind() {
        this.sbbContext = null;
        this.state = null;
        this.tracer = null;
        this.gateway = null;
        this.timers = null;
    }

    final Tracer tracer() {
        return tracer;
    }

    final RaGateway gateway() {
        return gateway;
    }

    final DeadlineTimers timers() {
        return timers;
    }

    final InstanceEngine engine() {
        ChargingContext context = chargingContext();
        return new InstanceEngine(clock, context == null ? ChargingContext.DEFAULT_VALIDITY_GUARD
                : context.getValidityGuard());
    }

    // ChargingManager: configuration and instances.

    public void configure(ChargingContext context, ActivityContextInterface resultActivity) {
        state.configured(context, resultActivity);
    }

    public ReservationChargingInstance createReservationInstance(String name) throws DuplicateNameException {
        return createReservationInstance(name, defaultTerms(ChargingType.RESERVATION));
    }

    public ReservationChargingInstance createReservationInstance(String name, ChargingTerms terms)
            throws DuplicateNameException {
        return (ReservationChargingInstance) create(name, ChargingType.RESERVATION, terms);
    }

    public ImmediateChargingInstance createImmediateChargingInstance(String name) throws DuplicateNameException {
        return createImmediateChargingInstance(name, defaultTerms(ChargingType.IMMEDIATE));
    }

    public ImmediateChargingInstance createImmediateChargingInstance(String name, ChargingTerms terms)
            throws DuplicateNameException {
        return (ImmediateChargingInstance) create(name, ChargingType.IMMEDIATE, terms);
    }

    public ChargingInstance getChargingInstance(String name) throws UnknownChargingInstanceException {
        return handle(record(name));
    }

    public List<ChargingInstance> getChargingInstances() {
        List<ChargingInstance> handles = new ArrayList<ChargingInstance>();
        for (InstanceRecord record : table().records()) {
            handles.add(handle(record));
        }
        return handles;
    }

    private ChargingTerms defaultTerms(ChargingType type) {
        ChargingContext context = requireConfigured();
        ChargingTerms terms = type == ChargingType.RESERVATION ? context.getReservationTerms()
                : context.getImmediateTerms();
        if (terms == null) {
            throw new IllegalStateException("the charging context has no default terms for " + type + " instances");
        }
        return terms;
    }

    private ChargingContext requireConfigured() {
        ChargingContext context = chargingContext();
        if (context == null) {
            throw new IllegalStateException("charging manager not configured: call configure(context, activity)");
        }
        return context;
    }

    private ChargingInstance create(String name, ChargingType type, ChargingTerms terms)
            throws DuplicateNameException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(terms, "terms");
        requireConfigured();
        InstanceTable table = table();
        if (table.contains(name)) {
            throw new DuplicateNameException(name);
        }
        InstanceRecord record = engine().create(name, type, terms);
        state.store(table.with(record), timerBook());
        return handle(record);
    }

    private ChargingInstance handle(InstanceRecord record) {
        ChargingManager self = (ChargingManager) context().getSbbLocalObject();
        return record.type() == ChargingType.RESERVATION ? new ReservationHandle(self, record.name())
                : new ImmediateHandle(self, record.name());
    }

    private InstanceRecord record(String name) throws UnknownChargingInstanceException {
        InstanceRecord record = table().get(Objects.requireNonNull(name, "name"));
        if (record == null) {
            throw new UnknownChargingInstanceException(name);
        }
        return record;
    }

    // ChargingInstanceOperations: queries.

    @Override
    public ChargingType getChargingType(String name) throws UnknownChargingInstanceException {
        return record(name).type();
    }

    @Override
    public ChargingState getChargingState(String name) throws UnknownChargingInstanceException {
        return record(name).state().chargingState();
    }

    @Override
    public SessionCounters getSessionCounters(String name) throws UnknownChargingInstanceException {
        return engine().counters(record(name));
    }

    @Override
    public ChargingInstruction getPendingChargingInstruction(String name) throws UnknownChargingInstanceException {
        return record(name).pending();
    }

    @Override
    public ReportingReason getPendingReportingReason(String name) throws UnknownChargingInstanceException {
        return record(name).pendingReason();
    }

    @Override
    public boolean isSuspended(String name) throws UnknownChargingInstanceException {
        return record(name).isSuspended();
    }

    @Override
    public boolean isCreditCheckInProgress(String name) throws UnknownChargingInstanceException {
        return record(name).state().isCreditCheckInProgress();
    }

    // ChargingInstanceOperations: changes.

    @Override
    public void clearInstruction(String name) throws UnknownChargingInstanceException {
        save(engine().clearInstruction(record(name)));
    }

    @Override
    public void suspend(String name) throws UnknownChargingInstanceException, ChargingInstanceAlreadyFinalisedException {
        save(engine().suspend(record(name)));
    }

    @Override
    public void resume(String name, boolean autoUpdateCounters) throws UnknownChargingInstanceException,
            ChargingInstanceAlreadyFinalisedException {
        save(engine().resume(record(name), autoUpdateCounters));
    }

    @Override
    public void doCreditReservation(String name, String executionPhase) throws UnknownChargingInstanceException,
            InstructionAlreadyPendingException, ChargingInstanceAlreadyFinalisedException,
            CreditCheckAlreadyInProgressException {
        applyDecision(engine().doCreditReservation(record(name), null, executionPhase));
    }

    @Override
    public void doCreditReservation(String name, ReportingReason reason, String executionPhase)
            throws UnknownChargingInstanceException, InstructionAlreadyPendingException,
            ChargingInstanceAlreadyFinalisedException, CreditCheckAlreadyInProgressException {
        Objects.requireNonNull(reason, "reason");
        applyDecision(engine().doCreditReservation(record(name), reason, executionPhase));
    }

    @Override
    public void doCreditFinalisation(String name, ReportingReason reason) throws UnknownChargingInstanceException,
            ChargingInstanceAlreadyFinalisedException, CreditCheckAlreadyInProgressException {
        applyDecision(engine().doCreditFinalisation(record(name), reason));
    }

    @Override
    public void reportUsedUnits(String name, VolumeSet used) throws UnknownChargingInstanceException,
            ChargingInstanceAlreadyFinalisedException {
        applyDecision(engine().reportUsedUnits(record(name), used));
    }

    @Override
    public void doDirectDebit(String name, String executionPhase) throws UnknownChargingInstanceException,
            InstructionAlreadyPendingException, ChargingInstanceAlreadyFinalisedException,
            CreditCheckAlreadyInProgressException {
        applyDecision(engine().doDirectDebit(record(name), executionPhase));
    }

    @Override
    public void doRefund(String name, String executionPhase) throws UnknownChargingInstanceException,
            InstructionAlreadyPendingException, ChargingInstanceAlreadyFinalisedException,
            CreditCheckAlreadyInProgressException {
        applyDecision(engine().doRefund(record(name), executionPhase));
    }

    @Override
    public void release(String name) throws UnknownChargingInstanceException,
            ChargingInstanceAlreadyFinalisedException, CreditCheckAlreadyInProgressException {
        applyDecision(engine().release(record(name)));
    }

    // Executing decisions.

    /**
     * Issues the decided requests one after the other (a synchronous RA refusal is fed back to the
     * engine, which turns it into a FAILURE result), then stores the record and fires the events.
     */
    final void applyDecision(Decision decision) {
        InstanceRecord record = decision.record();
        RaStep step = decision.step();
        List<ManagerEvent> events = new ArrayList<ManagerEvent>(decision.events());
        while (step != null) {
            Decision next;
            try {
                ChargingSessionId opened = gateway.execute(step, record, requireConfigured(),
                        context().getSbbLocalObject());
                next = engine().raEvents().stepSent(record, step, opened);
            } catch (ChargingException e) {
                tracer.warning("charging instance " + record.name() + ": the charging RA refused " + step + ": "
                        + e.getMessage());
                next = engine().raEvents().stepRefused(record, step);
            }
            record = next.record();
            step = next.step();
            events.addAll(next.events());
        }
        save(record);
        for (ManagerEvent event : events) {
            state.fire(event);
        }
    }

    final void save(InstanceRecord record) {
        TimerBook book;
        try {
            book = timers.reconcile(timerBook(), record);
        } catch (ChargingException e) {
            throw new IllegalStateException("charging instance " + record.name() + ": its charging session "
                    + record.sessionId() + " is unknown to the RA although the instance is " + record.state(), e);
        }
        state.store(table().with(record), book);
    }
}
