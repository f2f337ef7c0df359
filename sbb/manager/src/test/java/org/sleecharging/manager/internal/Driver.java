package org.sleecharging.manager.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.sleecharging.events.RequestOutcome;
import org.sleecharging.events.manager.ManagerEvent;
import org.sleecharging.manager.ChargingTerms;
import org.sleecharging.manager.ChargingType;

/**
 * Plays the SBB's part around the engine for one instance: keeps the record, remembers the last
 * request to the RA and collects the events the feature would receive.
 */
final class Driver {
    final TestClock clock = new TestClock(1_000_000L);
    final InstanceEngine engine = new InstanceEngine(clock, Duration.ofSeconds(5));
    final RaEvents ra = engine.raEvents();
    final List<ManagerEvent> events = new ArrayList<ManagerEvent>();
    InstanceRecord record;
    RaStep step;

    Driver(ChargingType type, ChargingTerms terms) {
        record = engine.create("call", type, terms);
    }

    /** Takes a decision: keeps its record and step, collects its events. */
    Driver apply(Decision decision) {
        record = decision.record();
        step = decision.step();
        events.addAll(decision.events());
        return this;
    }

    Driver sent() {
        return apply(ra.stepSent(record, step.kind() == StepKind.OPEN_SESSION ? Fixtures.SESSION : null));
    }

    Driver refused() {
        return apply(ra.stepRefused(record));
    }

    Driver answer(RequestOutcome answer) {
        return apply(ra.answered(record, answer));
    }

    List<ManagerEvent> takeEvents() {
        List<ManagerEvent> taken = new ArrayList<ManagerEvent>(events);
        events.clear();
        return taken;
    }
}
