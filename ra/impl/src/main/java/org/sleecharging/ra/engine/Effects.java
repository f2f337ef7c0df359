package org.sleecharging.ra.engine;

import java.util.ArrayList;
import java.util.List;

import org.sleecharging.events.ChargingEvent;
import org.sleecharging.ra.engine.ro.RoRequest;

/**
 * What a session decided under its lock and the engine carries out after releasing it: CCRs to
 * send or re-send, events to report, usage the OCS did not confirm, whether to replicate and
 * whether the session ended. Keeping side effects out of the lock means a synchronous port or
 * listener cannot deadlock the engine.
 */
final class Effects {
    final List<RoExchange> exchanges = new ArrayList<RoExchange>();
    final List<Resend> resends = new ArrayList<Resend>();
    final List<ChargingEvent> events = new ArrayList<ChargingEvent>();
    final List<UnconfirmedRequest> unconfirmed = new ArrayList<UnconfirmedRequest>();
    boolean changed;
    boolean ended;
    SessionSnapshot snapshot;

    /** One leg of an exchange re-sent with the T flag (RFC 4006 §5.7); its Tx timer restarts. */
    static final class Resend {
        final RoExchange exchange;
        final int index;
        final int attempt;
        final RoRequest request;

        Resend(RoExchange exchange, int index, int attempt, RoRequest request) {
            this.exchange = exchange;
            this.index = index;
            this.attempt = attempt;
            this.request = request;
        }
    }

    /** A CCR whose charge the OCS did not confirm and nobody will retry: the RA raises an alarm. */
    static final class UnconfirmedRequest {
        final RoRequest request;
        final String reason;

        UnconfirmedRequest(RoRequest request, String reason) {
            this.request = request;
            this.reason = reason;
        }
    }

    Effects event(ChargingEvent event) {
        events.add(event);
        changed = true;
        return this;
    }

    Effects send(RoExchange exchange) {
        exchanges.add(exchange);
        changed = true;
        return this;
    }

    Effects resend(RoExchange exchange, int index, int attempt, RoRequest request) {
        resends.add(new Resend(exchange, index, attempt, request));
        changed = true;
        return this;
    }

    Effects unconfirmed(RoRequest request, String reason) {
        unconfirmed.add(new UnconfirmedRequest(request, reason));
        return this;
    }

    /** Adds what {@code other} decided after this. */
    Effects merge(Effects other) {
        exchanges.addAll(other.exchanges);
        resends.addAll(other.resends);
        events.addAll(other.events);
        unconfirmed.addAll(other.unconfirmed);
        changed |= other.changed;
        ended |= other.ended;
        return this;
    }
}
