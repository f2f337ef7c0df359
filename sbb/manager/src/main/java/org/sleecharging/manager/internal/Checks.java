package org.sleecharging.manager.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sleecharging.events.manager.ChargingInstanceEnded;
import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.manager.ManagerEvent;
import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.manager.ChargingType;
import org.sleecharging.manager.ReportingReason;

/**
 * The mechanics shared by feature operations and RA events: issuing the planned requests of a
 * credit check one at a time (one outstanding request per session, TS 29.198-12 §8.3), finishing
 * a check with its CreditResult, usage bookkeeping and deadlines. Works on records already copied.
 */
final class Checks {
    private final Clock clock;
    private final Duration validityGuard;

    Checks(Clock clock, Duration validityGuard) {
        this.clock = clock;
        this.validityGuard = validityGuard;
    }

    long now() {
        return clock.millis();
    }

    Decision start(InstanceRecord r, ChargingInstruction instruction, ReportingReason reason, String phase,
            InstanceEvent event, List<StepKind> plan, VolumeSet reported, boolean silent, List<ManagerEvent> events) {
        r.state = r.state.next(event);
        r.check = new CreditCheck(instruction, reason, phase, silent, plan);
        r.check.reported = reported;
        r.pending = ChargingInstruction.NONE;
        r.pendingReason = ReportingReason.NONE;
        return issueNext(r, events);
    }

    /** Issues the next planned request, opening the charging session first if there is none. */
    Decision issueNext(InstanceRecord r, List<ManagerEvent> events) {
        CreditCheck c = r.check;
        if (c.plan.isEmpty()) {
            return finishCheck(r, events);
        }
        RaStep step;
        if (r.sessionId == null) {
            step = new RaStep(StepKind.OPEN_SESSION, null, false, 0);
        } else {
            StepKind kind = c.plan.remove(0);
            VolumeSet volumes = volumesFor(r, kind);
            if (kind == StepKind.RESERVE_UNITS && r.uncovered && c.plan.contains(StepKind.DEBIT_UNITS)) {
                // The usage while the OCS was away may exceed what the RA still holds, and a unit debit
                // beyond the reservation debits only what is left (TS 29.198-12): ask for it too.
                volumes = plus(volumes, c.reported);
            }
            step = new RaStep(kind, volumes, kind == StepKind.DEBIT_UNITS
                    && c.instruction == ChargingInstruction.CREDIT_FINALISATION, r.nextRequestNumber);
        }
        r.outstanding = step;
        return settle(r, step, events);
    }

    private static VolumeSet volumesFor(InstanceRecord r, StepKind kind) {
        switch (kind) {
        case DEBIT_UNITS:
            return r.check.reported;
        case DIRECT_DEBIT_UNITS:
            return r.check.excess != null ? r.check.excess : r.terms.getUnits();
        case RESERVE_UNITS:
        case DIRECT_CREDIT_UNITS:
            return r.terms.getUnits();
        default:
            return null;
        }
    }

    /** Per unit of {@code base}, plus what {@code extra} holds of that unit. */
    private static VolumeSet plus(VolumeSet base, VolumeSet extra) {
        List<Volume> sum = new ArrayList<Volume>();
        for (Volume volume : base.volumes()) {
            Amount more = extra.get(volume.unit()).map(Volume::amount).orElse(Amount.ZERO);
            sum.add(Volume.of(volume.amount().plus(more), volume.unit()));
        }
        return VolumeSet.of(sum);
    }

    /** The request in progress failed: an Err event or a synchronous refusal. */
    Decision failStep(InstanceRecord r, CreditOutcome outcome, long resultCode, List<ManagerEvent> events) {
        CreditCheck c = r.check;
        RaStep step = r.outstanding;
        r.outstanding = null;
        if (c.reported != null && (step.kind() == StepKind.DEBIT_UNITS || c.plan.contains(StepKind.DEBIT_UNITS))) {
            addUnreported(r, c.reported); // not debited: reported with the next debit or the finalisation
            r.uncovered |= outcome == CreditOutcome.CONTINUED && step.kind() == StepKind.RESERVE_UNITS;
        }
        if (c.outcome == CreditOutcome.SUCCESS) {
            c.outcome = outcome;
            c.resultCode = resultCode;
        }
        if (r.state == InstanceState.FINALISING && step.kind() != StepKind.RELEASE) {
            // Finalisation releases the session even when the final report failed (RFC 4006 §5.5 CCR-T).
            c.plan.clear();
            c.plan.add(StepKind.RELEASE);
            return issueNext(r, events);
        }
        return finishCheck(r, events);
    }

    Decision finishCheck(InstanceRecord r, List<ManagerEvent> events) {
        CreditCheck c = r.check;
        r.check = null;
        r.outstanding = null;
        if (r.state == InstanceState.FINALISING) {
            r.state = r.state.next(InstanceEvent.RELEASED);
            stopMetering(r);
            if (!c.silent) {
                events.add(creditResult(r, c));
            }
            if (c.endReason != null) {
                events.add(new ChargingInstanceEnded(r.name, c.endReason));
            }
            return settle(r, null, events);
        }
        r.state = r.state.next(Outcomes.eventOf(c.outcome));
        if (c.answered) {
            r.counters = r.counters.plusCreditCheck();
        }
        events.add(creditResult(r, c));
        if (r.type == ChargingType.RESERVATION && c.instruction == ChargingInstruction.CREDIT_RESERVATION
                && c.outcome == CreditOutcome.DENIED) {
            return afterRefusedReservation(r, c, events);
        }
        if (r.lifetimeEnding && r.state == InstanceState.MID) {
            return finaliseBeforeExpiry(r, events);
        }
        return settle(r, null, events);
    }

    /**
     * The reservation's lifetime cannot be extended any more (P_CHS_ERR_NO_EXTEND: the SLA maximum,
     * TS 29.198-12 §8.3) and the instance is MID: it finalises itself now, while the reservation is
     * still there, so that the usage so far is debited (CCR-TERMINATION) instead of being lost to the
     * lifetime expiry. The feature gets ChargingInstanceEnded, as for any other end it did not ask for.
     */
    Decision finaliseBeforeExpiry(InstanceRecord r, List<ManagerEvent> events) {
        r.lifetimeEnding = false;
        VolumeSet used = r.state.isGranted() ? drain(r, true) : null;
        List<StepKind> plan = new ArrayList<StepKind>();
        if (used != null) {
            plan.add(StepKind.DEBIT_UNITS);
        }
        plan.add(StepKind.RELEASE);
        stopMetering(r);
        Decision d = start(r, ChargingInstruction.CREDIT_FINALISATION, ReportingReason.FINAL, "",
                InstanceEvent.START_FINALISATION, plan, used, true, events);
        d.record().check.endReason = "the charging session's reservation reached the longest lifetime the SLA "
                + "allows (P_CHS_ERR_NO_EXTEND): finalised before it expires";
        return d;
    }

    /**
     * A refused first reservation leaves nothing to report: the session is released and the
     * instance ends. A refused further reservation makes CREDIT_FINALISATION pending, since the
     * usage so far must still be reported.
     */
    private Decision afterRefusedReservation(InstanceRecord r, CreditCheck c, List<ManagerEvent> events) {
        if (r.state == InstanceState.INITIAL) {
            List<StepKind> plan = new ArrayList<StepKind>();
            plan.add(StepKind.RELEASE);
            Decision d = start(r, ChargingInstruction.CREDIT_FINALISATION, ReportingReason.FINAL, "",
                    InstanceEvent.START_FINALISATION, plan, null, true, events);
            d.record().check.endReason = "first credit reservation refused (Result-Code " + c.resultCode + ")";
            return d;
        }
        r.pending = ChargingInstruction.CREDIT_FINALISATION;
        r.pendingReason = ReportingReason.FINAL;
        return settle(r, null, events);
    }

    private static CreditResult creditResult(InstanceRecord r, CreditCheck c) {
        return new CreditResult(r.name, c.instruction, c.outcome, c.granted, c.used, c.resultCode, c.phase);
    }

    /** Counts units as used: used counters up, remaining down, and kept for the next debit. */
    void measure(InstanceRecord r, VolumeSet used) {
        if (used == null) {
            return;
        }
        r.counters = r.counters.plusUsed(used);
        List<Volume> left = new ArrayList<Volume>();
        for (Unit unit : r.counters.getUnits()) {
            Amount remaining = r.counters.getRemaining(unit);
            Amount minus = used.get(unit).map(Volume::amount).orElse(Amount.ZERO);
            left.add(Volume.of(remaining.minusAtMost(minus), unit));
        }
        r.counters = r.counters.withRemaining(left.isEmpty() ? null : VolumeSet.of(left));
        addUnreported(r, used);
    }

    private static void addUnreported(InstanceRecord r, VolumeSet volumes) {
        for (Volume volume : volumes.volumes()) {
            Amount before = r.unreported.get(volume.unit());
            r.unreported.put(volume.unit(), before == null ? volume.amount() : before.plus(volume.amount()));
        }
    }

    /** Folds the metered time into the counters. */
    void foldTime(InstanceRecord r, Amount seconds) {
        if (!seconds.isZero() && meters(r)) {
            measure(r, VolumeSet.of(Volume.of(seconds, Unit.SECONDS)));
        }
    }

    /**
     * Takes the usage not yet debited (metered time included); null if there is none. CC-Time is
     * whole seconds on the wire (RFC 4006 §8.21): a further reservation debits the whole seconds and
     * keeps the fraction for the next report; the final report rounds what is left up to the next
     * second, so a session is charged its metered time rounded up once, never per report.
     */
    VolumeSet drain(InstanceRecord r, boolean finalReport) {
        foldTime(r, r.meter.fold(now()));
        List<Volume> volumes = new ArrayList<Volume>();
        Amount carried = null;
        for (Map.Entry<Unit, Amount> e : r.unreported.entrySet()) {
            Amount amount = e.getValue();
            if (e.getKey() == Unit.SECONDS) {
                BigDecimal exact = amount.toBigDecimal();
                BigDecimal whole = exact.setScale(0, finalReport ? RoundingMode.CEILING : RoundingMode.FLOOR);
                if (!finalReport && whole.compareTo(exact) != 0) {
                    carried = Amount.valueOf(exact.subtract(whole));
                }
                amount = Amount.valueOf(whole);
            }
            if (!amount.isZero()) {
                volumes.add(Volume.of(amount, e.getKey()));
            }
        }
        r.unreported.clear();
        if (carried != null) {
            r.unreported.put(Unit.SECONDS, carried);
        }
        return volumes.isEmpty() ? null : VolumeSet.of(volumes);
    }

    void stopMetering(InstanceRecord r) {
        foldTime(r, r.meter.stop(now()));
        r.lifetimeDeadline = -1;
    }

    /** True when some granted unit has nothing left: the next debit would use up the reservation. */
    static boolean grantUsedUp(InstanceRecord r) {
        for (Unit unit : r.counters.getUnits()) {
            if (r.counters.getRemaining(unit).isZero()) {
                return true;
            }
        }
        return false;
    }

    static boolean meters(InstanceRecord r) {
        return r.type == ChargingType.RESERVATION && r.terms.getUnits().units().contains(Unit.SECONDS);
    }

    /** When to extend a reservation with this lifetime left: the guard before its end, at least halfway. */
    long lifetimeDeadline(Duration lifeTime) {
        if (lifeTime.isZero() || lifeTime.isNegative()) {
            return -1;
        }
        long life = lifeTime.toMillis();
        return now() + Math.max(life - validityGuard.toMillis(), life / 2);
    }

    /** Recomputes the quota deadline and wraps up the decision. */
    Decision settle(InstanceRecord r, RaStep step, List<ManagerEvent> events) {
        r.quotaDeadline = -1;
        if (r.state == InstanceState.MID && r.pending == ChargingInstruction.NONE && meters(r)
                && r.meter.isRunning()) {
            BigDecimal seconds = r.counters.getRemaining(Unit.SECONDS).toBigDecimal();
            long millis = seconds.movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact();
            r.quotaDeadline = r.meter.runningSince() + millis;
        }
        if (r.state.isFinal() || r.state == InstanceState.FINALISING) {
            r.lifetimeDeadline = -1;
        }
        return new Decision(r, step, events);
    }
}
