package org.sleecharging.manager.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.sleecharging.events.DebitUnitRes;
import org.sleecharging.events.DirectCreditUnitRes;
import org.sleecharging.events.DirectDebitUnitRes;
import org.sleecharging.events.ExtendLifeTimeErr;
import org.sleecharging.events.ExtendLifeTimeRes;
import org.sleecharging.events.RequestError;
import org.sleecharging.events.RequestOutcome;
import org.sleecharging.events.ReserveUnitRes;
import org.sleecharging.events.manager.ChargingInstanceEnded;
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
import org.sleecharging.manager.ReportingReason;

/**
 * What the RA and the timers tell the manager, as pure functions of an instance's record:
 * answers to its requests, OCS re-auth, loss of its charging session and reached deadlines. An
 * answer that does not match the outstanding request (stale or duplicate) changes nothing.
 */
public final class RaEvents {
    private final Checks checks;

    RaEvents(Checks checks) {
        this.checks = checks;
    }

    /**
     * {@code sent} was issued without an exception: the outstanding request of a check, or an
     * extendLifeTimeReq, which is issued beside any check and answered by its own events.
     */
    public Decision stepSent(InstanceRecord in, RaStep sent, ChargingSessionId opened) {
        return sent.kind() == StepKind.EXTEND_LIFETIME ? new Decision(in, null, new ArrayList<ManagerEvent>())
                : stepSent(in, opened);
    }

    /** The RA refused {@code sent} with an exception. */
    public Decision stepRefused(InstanceRecord in, RaStep sent) {
        return sent.kind() == StepKind.EXTEND_LIFETIME ? lifetimeExtensionRefused(in) : stepRefused(in);
    }

    /** The outstanding request was issued without an exception. */
    public Decision stepSent(InstanceRecord in, ChargingSessionId opened) {
        RaStep step = requireOutstanding(in);
        InstanceRecord r = in.copy();
        List<ManagerEvent> events = new ArrayList<ManagerEvent>();
        if (step.kind() == StepKind.OPEN_SESSION) {
            r.sessionId = Objects.requireNonNull(opened, "opened session id");
            r.nextRequestNumber = opened.firstRequestNumber();
            r.outstanding = null;
            return checks.issueNext(r, events);
        }
        if (step.kind() == StepKind.RELEASE) {
            return checks.finishCheck(r, events);
        }
        return new Decision(r, null, events);
    }

    /** The RA refused the outstanding request with an exception: no answer will come. */
    public Decision stepRefused(InstanceRecord in) {
        RaStep step = requireOutstanding(in);
        InstanceRecord r = in.copy();
        if (step.kind() == StepKind.RELEASE) {
            // The session is gone or going anyway (TS 29.198-12 §8.3 release).
            return checks.finishCheck(r, new ArrayList<ManagerEvent>());
        }
        return checks.failStep(r, CreditOutcome.FAILURE, Outcomes.NO_ANSWER, new ArrayList<ManagerEvent>());
    }

    private static RaStep requireOutstanding(InstanceRecord r) {
        if (r.outstanding == null) {
            throw new IllegalStateException("charging instance " + r.name + " has no outstanding request");
        }
        return r.outstanding;
    }

    /** A Res or Err event on the instance's charging session. */
    public Decision answered(InstanceRecord in, RequestOutcome answer) {
        RaStep step = in.outstanding;
        if (step == null || step.requestNumber() != answer.getRequestNumber() || !step.kind().isAnsweredBy(answer)) {
            return new Decision(in, null, new ArrayList<ManagerEvent>());
        }
        InstanceRecord r = in.copy();
        List<ManagerEvent> events = new ArrayList<ManagerEvent>();
        r.nextRequestNumber = answer.getNextRequestNumber();
        r.check.answered = true;
        if (answer instanceof RequestError) {
            RequestError error = (RequestError) answer;
            if (Outcomes.endsSession(error)) {
                // RFC 4006 §5.7 TERMINATE: the RA has already ended the charging session (its
                // SessionEnded follows and changes nothing): the check fails and the instance ends now.
                r.counters = r.counters.plusCreditCheck();
                return sessionLost(r, "no answer from the OCS: Credit-Control-Failure-Handling ended the charging "
                        + "session (RFC 4006 §5.7)");
            }
            return checks.failStep(r, Outcomes.outcomeOf(error, r.state), Outcomes.resultCodeOf(error), events);
        }
        apply(r, answer);
        r.outstanding = null;
        if (r.check.outcome == CreditOutcome.SUCCESS) {
            r.check.resultCode = Outcomes.SUCCESS;
        }
        return r.check.plan.isEmpty() ? checks.finishCheck(r, events) : checks.issueNext(r, events);
    }

    private void apply(InstanceRecord r, RequestOutcome answer) {
        CreditCheck c = r.check;
        if (answer instanceof ReserveUnitRes) {
            ReserveUnitRes res = (ReserveUnitRes) answer;
            VolumeSet left = res.getReservedUnits();
            if (c.reported != null && c.plan.contains(StepKind.DEBIT_UNITS)) {
                // Reserved before debiting a used-up grant: the RA's books still hold the usage about
                // to be debited, which is not left for the feature.
                left = minus(left, c.reported);
            }
            r.counters = r.counters.plusGranted(increase(r, left));
            r.counters = r.counters.withRemaining(minusUnreported(r, left));
            c.granted = left;
            r.uncovered = false;
            r.lifetimeDeadline = checks.lifetimeDeadline(res.getLifeTimeLeft());
            if (Checks.meters(r)) {
                r.meter.start(checks.now());
            }
        } else if (answer instanceof DebitUnitRes) {
            DebitUnitRes res = (DebitUnitRes) answer;
            r.counters = r.counters.withRemaining(minusUnreported(r, res.getReservedUnitsLeft()));
            c.used = res.getDebitedVolumes();
            VolumeSet excess = r.state == InstanceState.FINALISING ? beyond(c.reported, c.used) : null;
            if (excess != null) {
                // The final unit debit took only what the reservation still held (TS 29.198-12), e.g.
                // usage on after a CONTINUED reservation (RFC 4006 §5.7): debit the rest directly
                // (CCR-EVENT DIRECT_DEBITING) before the release, so no usage goes uncharged.
                c.excess = excess;
                c.plan.add(0, StepKind.DIRECT_DEBIT_UNITS);
            }
        } else if (answer instanceof DirectDebitUnitRes) {
            VolumeSet debited = ((DirectDebitUnitRes) answer).getDebitedVolumes();
            if (c.excess != null) {
                c.used = plus(c.used, debited); // already in the used counters: metered or reported
            } else {
                c.used = debited;
                r.counters = r.counters.plusUsed(c.used);
            }
        } else if (answer instanceof DirectCreditUnitRes) {
            c.used = ((DirectCreditUnitRes) answer).getCreditedVolumes();
            r.counters = r.counters.minusUsed(c.used);
        }
    }

    /** Per unit of {@code reported}, what {@code debited} did not take; null if it took everything. */
    private static VolumeSet beyond(VolumeSet reported, VolumeSet debited) {
        if (reported == null) {
            return null;
        }
        List<Volume> rest = new ArrayList<Volume>();
        for (Volume volume : reported.volumes()) {
            Amount taken = debited == null ? Amount.ZERO
                    : debited.get(volume.unit()).map(Volume::amount).orElse(Amount.ZERO);
            Amount left = volume.amount().minusAtMost(taken);
            if (!left.isZero()) {
                rest.add(Volume.of(left, volume.unit()));
            }
        }
        return rest.isEmpty() ? null : VolumeSet.of(rest);
    }

    /** Per unit of either, the sum of both; {@code a} may be null. */
    private static VolumeSet plus(VolumeSet a, VolumeSet b) {
        if (a == null) {
            return b;
        }
        Map<Unit, Amount> sum = new EnumMap<Unit, Amount>(Unit.class);
        for (VolumeSet set : new VolumeSet[] {a, b}) {
            for (Volume volume : set.volumes()) {
                Amount before = sum.get(volume.unit());
                sum.put(volume.unit(), before == null ? volume.amount() : before.plus(volume.amount()));
            }
        }
        List<Volume> volumes = new ArrayList<Volume>();
        for (Map.Entry<Unit, Amount> e : sum.entrySet()) {
            volumes.add(Volume.of(e.getValue(), e.getKey()));
        }
        return VolumeSet.of(volumes);
    }

    private static VolumeSet minus(VolumeSet left, VolumeSet used) {
        Map<Unit, Amount> taken = new EnumMap<Unit, Amount>(Unit.class);
        for (Volume u : used.volumes()) {
            taken.put(u.unit(), u.amount());
        }
        return minus(left, taken);
    }

    /** What the reservation holds beyond what was left before: the new grant, per unit. */
    private static VolumeSet increase(InstanceRecord r, VolumeSet left) {
        List<Volume> grant = new ArrayList<Volume>();
        for (Volume volume : left.volumes()) {
            grant.add(Volume.of(volume.amount().minusAtMost(r.counters.getRemaining(volume.unit())), volume.unit()));
        }
        return VolumeSet.of(grant);
    }

    /** Usage measured while the request was out is not in the RA's books yet. */
    private static VolumeSet minusUnreported(InstanceRecord r, VolumeSet left) {
        return minus(left, r.unreported);
    }

    /** Per unit of {@code left}: what is left after {@code taken}, never below zero. */
    private static VolumeSet minus(VolumeSet left, Map<Unit, Amount> taken) {
        List<Volume> remaining = new ArrayList<Volume>();
        for (Volume volume : left.volumes()) {
            Amount amount = taken.get(volume.unit());
            remaining.add(Volume.of(amount == null ? volume.amount() : volume.amount().minusAtMost(amount),
                    volume.unit()));
        }
        return VolumeSet.of(remaining);
    }

    /**
     * The OCS asks for re-authorisation (RFC 4006 §5.5 RAR): CREDIT_RESERVATION becomes pending with
     * FORCED_REAUTHORISATION. Ignored while a check is in progress (its answer re-authorises, RFC 4006
     * §5.5) and while finalisation is pending.
     */
    public Decision reauthRequested(InstanceRecord in) {
        if (in.state != InstanceState.MID || in.pending == ChargingInstruction.CREDIT_FINALISATION) {
            return new Decision(in, null, new ArrayList<ManagerEvent>());
        }
        return reservationPending(in, ReportingReason.FORCED_REAUTHORISATION, PendingReason.REAUTH_REQUEST);
    }

    /**
     * The Validity-Time of the grant elapsed (RFC 4006 §8.33, told by the RA as a ReauthRequest with
     * cause VALIDITY_TIME): CREDIT_RESERVATION becomes pending with VALIDITY_TIME. Ignored in the same
     * cases as {@link #reauthRequested}, and when CREDIT_RESERVATION is already pending (the feature
     * has been told to reserve; the first reason stays).
     */
    public Decision validityTimeEnded(InstanceRecord in) {
        if (in.state != InstanceState.MID || in.pending != ChargingInstruction.NONE) {
            return new Decision(in, null, new ArrayList<ManagerEvent>());
        }
        return reservationPending(in, ReportingReason.VALIDITY_TIME, PendingReason.VALIDITY_TIME_EXPIRED);
    }

    /** CREDIT_RESERVATION pending on a copy of {@code in} with {@code reason}; the feature is told why. */
    private Decision reservationPending(InstanceRecord in, ReportingReason reason, PendingReason why) {
        InstanceRecord r = in.copy();
        List<ManagerEvent> events = new ArrayList<ManagerEvent>();
        r.pending = ChargingInstruction.CREDIT_RESERVATION;
        r.pendingReason = reason;
        events.add(new InstructionPending(r.name, r.pending, why));
        return checks.settle(r, null, events);
    }

    /**
     * The charging session ended without the feature asking (RFC 4006 §5.6 ASR, TS 29.198-12 §8.4
     * sessionEnded, activity end, or a reservation Err saying failure handling ended it): a check in
     * progress fails, the instance becomes FINAL and ChargingInstanceEnded is fired. Nothing happens
     * for a final instance.
     */
    public Decision sessionLost(InstanceRecord in, String reason) {
        Objects.requireNonNull(reason, "reason");
        if (in.state.isFinal()) {
            return new Decision(in, null, new ArrayList<ManagerEvent>());
        }
        InstanceRecord r = in.copy();
        List<ManagerEvent> events = new ArrayList<ManagerEvent>();
        CreditCheck c = r.check;
        if (c != null && !c.silent) {
            events.add(new CreditResult(r.name, c.instruction, CreditOutcome.FAILURE, c.granted, c.used,
                    Outcomes.NO_ANSWER, c.phase));
        }
        r.state = r.state.next(InstanceEvent.SESSION_LOST);
        r.check = null;
        r.outstanding = null;
        r.pending = ChargingInstruction.NONE;
        r.pendingReason = ReportingReason.NONE;
        checks.stopMetering(r);
        events.add(new ChargingInstanceEnded(r.name, reason));
        return checks.settle(r, null, events);
    }

    /**
     * A deadline timer fired. A stale deadline changes nothing. LIFETIME: the manager extends the
     * reservation's lifetime itself (extendLifeTimeReq, TS 29.198-12 §8.3) while the instance holds a
     * grant and is not finalising; the feature is not involved. QUOTA: if the instance is MID with
     * nothing pending, CREDIT_RESERVATION becomes pending with QUOTA_EXHAUSTED and InstructionPending
     * is fired.
     */
    public Decision deadlineReached(InstanceRecord in, DeadlineKind kind, long deadline) {
        if (in.deadline(kind) != deadline || deadline < 0) {
            return new Decision(in, null, new ArrayList<ManagerEvent>());
        }
        InstanceRecord r = in.copy();
        List<ManagerEvent> events = new ArrayList<ManagerEvent>();
        if (kind == DeadlineKind.LIFETIME) {
            r.lifetimeDeadline = -1;
            if ((r.state == InstanceState.MID || r.state == InstanceState.MID_CHECK) && !r.extending) {
                r.extending = true;
                return checks.settle(r, new RaStep(StepKind.EXTEND_LIFETIME, null, false, 0), events);
            }
            return checks.settle(r, null, events);
        }
        checks.foldTime(r, r.meter.fold(checks.now()));
        if (r.state == InstanceState.MID && r.pending == ChargingInstruction.NONE) {
            r.pending = ChargingInstruction.CREDIT_RESERVATION;
            r.pendingReason = ReportingReason.QUOTA_EXHAUSTED;
            events.add(new InstructionPending(r.name, r.pending, PendingReason.QUOTA_EXHAUSTED));
        }
        return checks.settle(r, null, events);
    }

    /** ExtendLifeTimeRes: the next extension is due the guard before the new end (at least halfway). */
    public Decision lifetimeExtended(InstanceRecord in, ExtendLifeTimeRes answer) {
        if (!in.extending) {
            return new Decision(in, null, new ArrayList<ManagerEvent>());
        }
        InstanceRecord r = in.copy();
        r.extending = false;
        if (r.state == InstanceState.MID || r.state == InstanceState.MID_CHECK) {
            r.lifetimeDeadline = checks.lifetimeDeadline(answer.getLifeTimeLeft());
        }
        return checks.settle(r, null, new ArrayList<ManagerEvent>());
    }

    /**
     * ExtendLifeTimeErr, typically P_CHS_ERR_NO_EXTEND (the SLA maximum is reached): the reservation will
     * expire, so the instance finalises itself before it does, at once when MID, after the credit check
     * in progress otherwise (see {@link Checks#finaliseBeforeExpiry}). A finalising instance goes on.
     */
    public Decision lifetimeNotExtended(InstanceRecord in, ExtendLifeTimeErr answer) {
        Objects.requireNonNull(answer, "answer");
        if (!in.extending) {
            return new Decision(in, null, new ArrayList<ManagerEvent>());
        }
        InstanceRecord r = in.copy();
        r.extending = false;
        if (r.state == InstanceState.MID) {
            return checks.finaliseBeforeExpiry(r, new ArrayList<ManagerEvent>());
        }
        r.lifetimeEnding = r.state == InstanceState.MID_CHECK;
        return checks.settle(r, null, new ArrayList<ManagerEvent>());
    }

    /**
     * The RA refused the extendLifeTimeReq synchronously (P_TASK_REFUSED: the reservation has ended,
     * or the session is gone): there is no lifetime left to keep; the session's own events follow.
     */
    public Decision lifetimeExtensionRefused(InstanceRecord in) {
        InstanceRecord r = in.copy();
        r.extending = false;
        return checks.settle(r, null, new ArrayList<ManagerEvent>());
    }

}
