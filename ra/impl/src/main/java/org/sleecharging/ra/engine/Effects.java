package org.sleecharging.ra.engine;

import java.util.ArrayList;
import java.util.List;

import org.sleecharging.events.ChargingEvent;

/**
 * What a session decided under its lock and the engine carries out after releasing it: CCRs to
 * send, events to report, whether to replicate and whether the session ended. Keeping side effects
 * out of the lock means a synchronous port or listener cannot deadlock the engine.
 */
final class Effects {
    final List<RoExchange> exchanges = new ArrayList<RoExchange>();
    final List<ChargingEvent> events = new ArrayList<ChargingEvent>();
    boolean changed;
    boolean ended;
    SessionSnapshot snapshot;

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
}
