package org.sleecharging.manager.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.sleecharging.events.manager.ManagerEvent;

/**
 * What the engine decided: the instance's new record, at most one request to issue to the RA now
 * (null if none) and the events to fire to the feature, in order. Timers follow from the
 * record's deadlines. When the request has been issued, the caller reports back with
 * {@link RaEvents#stepSent(InstanceRecord, RaStep, org.sleecharging.events.value.ChargingSessionId)} or
 * {@link RaEvents#stepRefused(InstanceRecord, RaStep)}; an EXTEND_LIFETIME step is not the outstanding
 * request of a credit check.
 */
public final class Decision {
    private final InstanceRecord record;
    private final RaStep step;
    private final List<ManagerEvent> events;

    Decision(InstanceRecord record, RaStep step, List<ManagerEvent> events) {
        this.record = record;
        this.step = step;
        this.events = Collections.unmodifiableList(new ArrayList<ManagerEvent>(events));
    }

    public InstanceRecord record() {
        return record;
    }

    /** May be null. */
    public RaStep step() {
        return step;
    }

    public List<ManagerEvent> events() {
        return events;
    }

    @Override
    public String toString() {
        return "Decision[" + record + ", step=" + step + ", events=" + events + "]";
    }
}
