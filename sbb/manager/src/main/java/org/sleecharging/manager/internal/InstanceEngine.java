package org.sleecharging.manager.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.manager.InstructionPending;
import org.sleecharging.events.manager.ManagerEvent;
import org.sleecharging.events.manager.PendingReason;
import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.manager.ChargingInstanceAlreadyFinalisedException;
import org.sleecharging.manager.ChargingTerms;
import org.sleecharging.manager.ChargingType;
import org.sleecharging.manager.CreditCheckAlreadyInProgressException;
import org.sleecharging.manager.InstructionAlreadyPendingException;
import org.sleecharging.manager.ReportingReason;
import org.sleecharging.manager.SessionCounters;

/**
 * The feature-facing operations of a charging instance as pure functions of its record: each
 * validates (throwing the API exception and changing nothing), then returns a {@link Decision}
 * or a new record. Time comes from the injected clock. No SLEE types: the SBB executes decisions.
 */
public final class InstanceEngine {
    private final Checks checks;

    public InstanceEngine(Clock clock, Duration validityGuard) {
        this.checks = new Checks(Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(validityGuard,
                "validityGuard"));
    }

    /** The events side of the engine: RA answers, re-auth, session loss, deadlines. */
    public RaEvents raEvents() {
        return new RaEvents(checks);
    }

    /** A new instance in state INITIAL. Throws IllegalArgumentException for a blank name. */
    public InstanceRecord create(String name, ChargingType type, ChargingTerms terms) {
        if (name.trim().isEmpty()) {
            throw new IllegalArgumentException("charging instance name is blank");
        }
        return new InstanceRecord(name, type, terms);
    }

    /** TS 32.299 §6.3: CCR-INITIAL for the first reservation, used units then CCR-UPDATE afterwards. */
    public Decision doCreditReservation(InstanceRecord in, ReportingReason reason, String phase)
            throws InstructionAlreadyPendingException, ChargingInstanceAlreadyFinalisedException,
            CreditCheckAlreadyInProgressException {
        Objects.requireNonNull(phase, "executionPhase");
        requireType(in, ChargingType.RESERVATION);
        requireReady(in, ChargingInstruction.CREDIT_RESERVATION);
        ReportingReason effective = reason != null ? reason
                : in.pending == ChargingInstruction.CREDIT_RESERVATION ? in.pendingReason : ReportingReason.NONE;
        InstanceRecord r = in.copy();
        List<StepKind> plan = new ArrayList<StepKind>();
        VolumeSet used = r.state.isGranted() ? checks.drain(r, false) : null;
        // A debit that uses up the whole grant ends the reservation (TS 29.198-12 §9.1: the
        // reservation limit reached), after which nothing more could be reserved: then reserve first.
        boolean reserveFirst = used != null && Checks.grantUsedUp(r);
        if (used != null && !reserveFirst) {
            plan.add(StepKind.DEBIT_UNITS);
        }
        plan.add(StepKind.RESERVE_UNITS);
        if (reserveFirst) {
            plan.add(StepKind.DEBIT_UNITS);
        }
        return checks.start(r, ChargingInstruction.CREDIT_RESERVATION, effective, phase, InstanceEvent.START_CHECK,
                plan, used, false, new ArrayList<ManagerEvent>());
    }

    /** TS 32.299 §6.3: final usage with CCR-TERMINATION, then release of the charging session. */
    public Decision doCreditFinalisation(InstanceRecord in, ReportingReason reason)
            throws ChargingInstanceAlreadyFinalisedException, CreditCheckAlreadyInProgressException {
        Objects.requireNonNull(reason, "reason");
        requireType(in, ChargingType.RESERVATION);
        requireLive(in);
        requireNoCheck(in);
        InstanceRecord r = in.copy();
        List<ManagerEvent> events = new ArrayList<ManagerEvent>();
        if (r.sessionId == null) {
            r.state = r.state.next(InstanceEvent.FINALISE_NOW);
            r.pending = ChargingInstruction.NONE;
            r.pendingReason = ReportingReason.NONE;
            checks.stopMetering(r);
            events.add(new CreditResult(r.name, ChargingInstruction.CREDIT_FINALISATION, CreditOutcome.SUCCESS, null,
                    null, Outcomes.NO_ANSWER, ""));
            return checks.settle(r, null, events);
        }
        VolumeSet used = r.state.isGranted() ? checks.drain(r, true) : null;
        List<StepKind> plan = new ArrayList<StepKind>();
        if (used != null) {
            plan.add(StepKind.DEBIT_UNITS);
        }
        plan.add(StepKind.RELEASE);
        checks.stopMetering(r);
        return checks.start(r, ChargingInstruction.CREDIT_FINALISATION, reason, "", InstanceEvent.START_FINALISATION,
                plan, used, false, events);
    }

    /** TS 32.299 §6.3.4 immediate event charging: CCR-EVENT DIRECT_DEBITING of the instance's terms. */
    public Decision doDirectDebit(InstanceRecord in, String phase) throws InstructionAlreadyPendingException,
            ChargingInstanceAlreadyFinalisedException, CreditCheckAlreadyInProgressException {
        return immediate(in, ChargingInstruction.DIRECT_DEBIT, StepKind.DIRECT_DEBIT_UNITS, phase);
    }

    /** CCR-EVENT REFUND_ACCOUNT of the instance's terms. */
    public Decision doRefund(InstanceRecord in, String phase) throws InstructionAlreadyPendingException,
            ChargingInstanceAlreadyFinalisedException, CreditCheckAlreadyInProgressException {
        return immediate(in, ChargingInstruction.REFUND, StepKind.DIRECT_CREDIT_UNITS, phase);
    }

    private Decision immediate(InstanceRecord in, ChargingInstruction instruction, StepKind kind, String phase)
            throws InstructionAlreadyPendingException, ChargingInstanceAlreadyFinalisedException,
            CreditCheckAlreadyInProgressException {
        Objects.requireNonNull(phase, "executionPhase");
        requireType(in, ChargingType.IMMEDIATE);
        requireReady(in, instruction);
        InstanceRecord r = in.copy();
        List<StepKind> plan = new ArrayList<StepKind>();
        plan.add(kind);
        return checks.start(r, instruction, ReportingReason.NONE, phase, InstanceEvent.START_CHECK, plan, null, false,
                new ArrayList<ManagerEvent>());
    }

    /** Releases an immediate instance's charging session (if it has one); FINAL, no event. */
    public Decision release(InstanceRecord in) throws ChargingInstanceAlreadyFinalisedException,
            CreditCheckAlreadyInProgressException {
        requireType(in, ChargingType.IMMEDIATE);
        requireLive(in);
        requireNoCheck(in);
        InstanceRecord r = in.copy();
        if (r.sessionId == null) {
            r.state = r.state.next(InstanceEvent.FINALISE_NOW);
            return checks.settle(r, null, new ArrayList<ManagerEvent>());
        }
        List<StepKind> plan = new ArrayList<StepKind>();
        plan.add(StepKind.RELEASE);
        return checks.start(r, ChargingInstruction.NONE, ReportingReason.NONE, "", InstanceEvent.START_FINALISATION,
                plan, null, true, new ArrayList<ManagerEvent>());
    }

    public InstanceRecord clearInstruction(InstanceRecord in) {
        InstanceRecord r = in.copy();
        r.pending = ChargingInstruction.NONE;
        r.pendingReason = ReportingReason.NONE;
        return checks.settle(r, null, new ArrayList<ManagerEvent>()).record();
    }

    public InstanceRecord suspend(InstanceRecord in) throws ChargingInstanceAlreadyFinalisedException {
        requireLive(in);
        if (in.meter.isSuspended()) {
            return in;
        }
        InstanceRecord r = in.copy();
        checks.foldTime(r, r.meter.suspend(checks.now()));
        return checks.settle(r, null, new ArrayList<ManagerEvent>()).record();
    }

    public InstanceRecord resume(InstanceRecord in, boolean autoUpdateCounters)
            throws ChargingInstanceAlreadyFinalisedException {
        requireLive(in);
        if (!in.meter.isSuspended()) {
            return in;
        }
        InstanceRecord r = in.copy();
        long suspended = r.meter.resume(checks.now(), autoUpdateCounters);
        r.counters = r.counters.plusSuspended(Duration.ofMillis(suspended));
        return checks.settle(r, null, new ArrayList<ManagerEvent>()).record();
    }

    /**
     * Counts units the feature used; when a granted unit is used up, CREDIT_RESERVATION becomes
     * pending with QUOTA_EXHAUSTED. Throws IllegalArgumentException for a unit the terms do not hold.
     */
    public Decision reportUsedUnits(InstanceRecord in, VolumeSet used) throws ChargingInstanceAlreadyFinalisedException {
        Objects.requireNonNull(used, "used");
        requireType(in, ChargingType.RESERVATION);
        requireLive(in);
        for (Unit unit : used.units()) {
            if (!in.terms.getUnits().units().contains(unit)) {
                throw new IllegalArgumentException("instance " + in.name + " reserves " + in.terms.getUnits()
                        + ", not " + unit);
            }
        }
        InstanceRecord r = in.copy();
        checks.measure(r, used);
        List<ManagerEvent> events = new ArrayList<ManagerEvent>();
        if (r.state == InstanceState.MID && r.pending == ChargingInstruction.NONE && usedUp(r, used)) {
            r.pending = ChargingInstruction.CREDIT_RESERVATION;
            r.pendingReason = ReportingReason.QUOTA_EXHAUSTED;
            events.add(new InstructionPending(r.name, r.pending, PendingReason.QUOTA_EXHAUSTED));
        }
        return checks.settle(r, null, events);
    }

    private static boolean usedUp(InstanceRecord r, VolumeSet used) {
        for (Unit unit : used.units()) {
            if (!r.counters.getGranted(unit).isZero() && r.counters.getRemaining(unit).isZero()) {
                return true;
            }
        }
        return false;
    }

    /** The counters now: those of the record plus the time metered since the last fold. */
    public SessionCounters counters(InstanceRecord r) {
        long open = r.meter.openMillis(checks.now());
        if (open == 0 || !Checks.meters(r)) {
            return r.counters;
        }
        Amount seconds = UsageMeter.seconds(open);
        VolumeSet used = VolumeSet.of(Volume.of(seconds, Unit.SECONDS));
        Amount left = r.counters.getRemaining(Unit.SECONDS).minusAtMost(seconds);
        List<Volume> remaining = new ArrayList<Volume>();
        for (Unit unit : r.counters.getUnits()) {
            remaining.add(Volume.of(unit == Unit.SECONDS ? left : r.counters.getRemaining(unit), unit));
        }
        return r.counters.plusUsed(used).withRemaining(VolumeSet.of(remaining));
    }

    /** After the SBB issued {@code r.outstanding()}: records a new session or completes a release. */
    public Decision stepSent(InstanceRecord in, ChargingSessionId opened) {
        return raEvents().stepSent(in, opened);
    }

    /** The RA refused {@code r.outstanding()} synchronously; the check fails with outcome FAILURE. */
    public Decision stepRefused(InstanceRecord in) {
        return raEvents().stepRefused(in);
    }

    private static void requireType(InstanceRecord r, ChargingType type) {
        if (r.type != type) {
            throw new IllegalArgumentException("charging instance " + r.name + " is " + r.type + ", not " + type);
        }
    }

    private static void requireLive(InstanceRecord r) throws ChargingInstanceAlreadyFinalisedException {
        if (r.state.isFinal()) {
            throw new ChargingInstanceAlreadyFinalisedException(r.name);
        }
    }

    private static void requireNoCheck(InstanceRecord r) throws CreditCheckAlreadyInProgressException {
        if (r.state.isCreditCheckInProgress()) {
            throw new CreditCheckAlreadyInProgressException(r.name, r.check.instruction);
        }
    }

    private static void requireReady(InstanceRecord r, ChargingInstruction instruction)
            throws ChargingInstanceAlreadyFinalisedException, CreditCheckAlreadyInProgressException,
            InstructionAlreadyPendingException {
        requireLive(r);
        requireNoCheck(r);
        if (r.pending != ChargingInstruction.NONE && r.pending != instruction) {
            throw new InstructionAlreadyPendingException(r.name, r.pending, r.pendingReason);
        }
    }
}
