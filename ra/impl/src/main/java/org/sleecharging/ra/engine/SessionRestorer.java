package org.sleecharging.ra.engine;

import org.sleecharging.events.value.ChargingError;
import org.sleecharging.ra.engine.request.RequestGate;

/** Rebuilds a session from its snapshot (DESIGN.md "Recreate"). */
final class SessionRestorer {

    private SessionRestorer() {
    }

    static EngineSession restore(SessionSnapshot snapshot, SessionContext context) {
        RequestGate gate = snapshot.gate.copy();
        EngineSession session = new EngineSession(snapshot.sessionId, context, snapshot.description, snapshot.merchant,
                snapshot.correlationId, snapshot.legs, gate);
        session.state = snapshot.state;
        session.amountBook = snapshot.amountBook;
        session.unitBook = snapshot.unitBook;
        session.weights = new java.util.ArrayList<Long>(snapshot.weights);
        session.reservationStart = snapshot.reservationStart;
        session.expiry = snapshot.expiry;
        session.finalUnits = snapshot.finalUnits;
        session.failover = snapshot.failover;
        session.buffered.addAll(snapshot.buffered);
        if (gate.isOutstanding()) {
            // The answer went to the failed node; re-sending could charge twice, so the retry gets an Err.
            gate.complete(Outcomes.error(snapshot.sessionId, gate.lastRequest().operation(), gate.lastNumber(),
                    ChargingError.UNDEFINED, "the request was interrupted by a node failure; its outcome is unknown",
                    gate.nextNumber()));
        }
        return session;
    }
}
