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
import org.sleecharging.ra.engine.state.SessionState;

/**
 * Everything needed to recreate a charging session on another node (DESIGN.md "Recreate"):
 * state, request numbers, reservation books, lifetime and Ro legs. Immutable and
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

    SessionSnapshot(ChargingSessionId sessionId, String description, MerchantAccount merchant,
            CorrelationId correlationId, SessionState state, RequestGate gate, AmountBook amountBook,
            UnitBook unitBook, List<Leg> legs, List<Long> weights, Instant reservationStart, Instant expiry,
            boolean finalUnits) {
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

    @Override
    public String toString() {
        return "SessionSnapshot[" + sessionId + ", " + state + ", next " + gate.nextNumber() + ", " + legs + "]";
    }
}
