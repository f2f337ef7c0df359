package org.sleecharging.manager.internal;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Objects;

import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.Unit;
import org.sleecharging.manager.ChargingTerms;
import org.sleecharging.manager.ChargingType;
import org.sleecharging.manager.ReportingReason;
import org.sleecharging.manager.SessionCounters;

/**
 * Everything the manager keeps about one charging instance, as one serializable value that lives
 * in a CMP field. The engine never changes a record it was given: it works on a {@link #copy()}.
 */
public final class InstanceRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    final String name;
    final ChargingType type;
    final ChargingTerms terms;
    InstanceState state = InstanceState.INITIAL;
    ChargingSessionId sessionId;
    int nextRequestNumber;
    CreditCheck check;
    RaStep outstanding;
    ChargingInstruction pending = ChargingInstruction.NONE;
    ReportingReason pendingReason = ReportingReason.NONE;
    SessionCounters counters = SessionCounters.EMPTY;
    /** Usage measured (counted in {@link #counters}) but not yet debited, per unit. */
    EnumMap<Unit, Amount> unreported = new EnumMap<Unit, Amount>(Unit.class);
    UsageMeter meter = new UsageMeter();
    /** When to extend the reservation's lifetime (TS 29.198-12 §8.3 extendLifeTimeReq); -1 if not. */
    long lifetimeDeadline = -1;
    long quotaDeadline = -1;
    /** An extendLifeTimeReq is out: its ExtendLifeTimeRes/Err has not arrived yet. */
    boolean extending;
    /**
     * The lifetime cannot be extended (P_CHS_ERR_NO_EXTEND) while a credit check was in progress: the
     * instance finalises itself when that check ends, before the reservation expires.
     */
    boolean lifetimeEnding;
    /**
     * Usage beyond the grant is waiting for a reservation to cover it: a reservation of a used-up
     * grant was CONTINUED (RFC 4006 §5.7) and the service went on without credit control.
     */
    boolean uncovered;

    InstanceRecord(String name, ChargingType type, ChargingTerms terms) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.terms = Objects.requireNonNull(terms, "terms");
    }

    InstanceRecord copy() {
        InstanceRecord r = new InstanceRecord(name, type, terms);
        r.state = state;
        r.sessionId = sessionId;
        r.nextRequestNumber = nextRequestNumber;
        r.check = check == null ? null : check.copy();
        r.outstanding = outstanding;
        r.pending = pending;
        r.pendingReason = pendingReason;
        r.counters = counters;
        r.unreported = new EnumMap<Unit, Amount>(unreported);
        r.meter = meter.copy();
        r.lifetimeDeadline = lifetimeDeadline;
        r.quotaDeadline = quotaDeadline;
        r.extending = extending;
        r.lifetimeEnding = lifetimeEnding;
        r.uncovered = uncovered;
        return r;
    }

    public String name() {
        return name;
    }

    public ChargingType type() {
        return type;
    }

    public ChargingTerms terms() {
        return terms;
    }

    public InstanceState state() {
        return state;
    }

    /** Null until the charging session is opened. */
    public ChargingSessionId sessionId() {
        return sessionId;
    }

    /** The request number the next request to the RA carries. */
    public int nextRequestNumber() {
        return nextRequestNumber;
    }

    public ChargingInstruction pending() {
        return pending;
    }

    public ReportingReason pendingReason() {
        return pendingReason;
    }

    public boolean isSuspended() {
        return meter.isSuspended();
    }

    /** Whether an extendLifeTimeReq is waiting for its answer. */
    public boolean isExtendingLifetime() {
        return extending;
    }

    /** The request sent to the RA and not answered yet; null if none. */
    public RaStep outstanding() {
        return outstanding;
    }

    /** Epoch millis at which the deadline of this kind fires; -1 if none. */
    public long deadline(DeadlineKind kind) {
        return kind == DeadlineKind.LIFETIME ? lifetimeDeadline : quotaDeadline;
    }

    @Override
    public String toString() {
        return "InstanceRecord[" + name + " " + type + " " + state + ", session=" + sessionId + ", next#="
                + nextRequestNumber + ", outstanding=" + outstanding + ", pending=" + pending + "/" + pendingReason
                + ", " + counters + "]";
    }
}
