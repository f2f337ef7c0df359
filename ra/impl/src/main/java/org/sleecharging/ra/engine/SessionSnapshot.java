package org.sleecharging.ra.engine;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.CorrelationId;
import org.sleecharging.events.value.MerchantAccount;
import org.sleecharging.ra.engine.book.AmountBook;
import org.sleecharging.ra.engine.book.UnitBook;
import org.sleecharging.ra.engine.request.RequestGate;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.state.SessionState;

/**
 * Everything needed to recreate a charging session on another node (DESIGN.md "Recreate"):
 * state, request numbers, reservation books, lifetime, Ro legs, failure handling and peer, and
 * buffered EVENT requests. Immutable and
 * {@link Serializable}; the RA stores it in Restcomm's replicated data on every change.
 */
public final class SessionSnapshot implements Serializable {
    private static final long serialVersionUID = 1L;

    final ChargingSessionId sessionId;
    final String description;
    final MerchantAccount merchant;
    final CorrelationId correlationId;
    final SessionState state;
    final RequestGate gate;
    final AmountBook amountBook;
    final UnitBook unitBook;
    final List<Leg> legs;
    final List<Long> weights;
    final Instant reservationStart;
    final Instant expiry;
    final boolean finalUnits;
    final FailoverState failover;
    final List<RoRequest> buffered;
    /** The node whose engine wrote this snapshot; null in snapshots of older versions. */
    final String owner;

    SessionSnapshot(ChargingSessionId sessionId, String description, MerchantAccount merchant,
            CorrelationId correlationId, SessionState state, RequestGate gate, AmountBook amountBook,
            UnitBook unitBook, List<Leg> legs, List<Long> weights, Instant reservationStart, Instant expiry,
            boolean finalUnits, FailoverState failover, List<RoRequest> buffered, String owner) {
        this.sessionId = sessionId;
        this.description = description;
        this.merchant = merchant;
        this.correlationId = correlationId;
        this.state = state;
        this.gate = gate.copy();
        this.amountBook = amountBook;
        this.unitBook = unitBook;
        this.legs = Collections.unmodifiableList(new ArrayList<Leg>(legs));
        this.weights = Collections.unmodifiableList(new ArrayList<Long>(weights));
        this.reservationStart = reservationStart;
        this.expiry = expiry;
        this.finalUnits = finalUnits;
        this.failover = failover;
        this.buffered = Collections.unmodifiableList(new ArrayList<RoRequest>(buffered));
        this.owner = owner;
    }

    public ChargingSessionId sessionId() {
        return sessionId;
    }

    public SessionState state() {
        return state;
    }

    public int nextRequestNumber() {
        return gate.nextNumber();
    }

    public List<Leg> legs() {
        return legs;
    }

    /** Null before the first amount reservation. */
    public AmountBook amountBook() {
        return amountBook;
    }

    public UnitBook unitBook() {
        return unitBook;
    }

    /** Null while no reservation holds a lifetime. */
    public Instant expiry() {
        return expiry;
    }

    /** Effective failure handling, failover and peer (RFC 4006 §5.7). */
    public FailoverState failover() {
        return failover;
    }

    /** EVENT requests kept to re-send with the T flag (RFC 4006 §8.15 TERMINATE_OR_BUFFER). */
    public List<RoRequest> buffered() {
        return buffered;
    }

    /**
     * The node whose engine wrote this snapshot: the one that runs the session. A node that
     * recreates the session writes one at once, so the old node can tell its copy was taken over.
     */
    public String owner() {
        return owner;
    }

    @Override
    public String toString() {
        return "SessionSnapshot[" + sessionId + " on " + owner + ", " + state + ", next " + gate.nextNumber() + ", " + legs + ", " + failover
                + (buffered.isEmpty() ? "" : ", buffered " + buffered) + "]";
    }
}
