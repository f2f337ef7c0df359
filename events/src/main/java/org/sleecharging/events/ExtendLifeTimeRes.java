package org.sleecharging.events;

import java.time.Duration;

import org.sleecharging.events.value.ChargingSessionId;

/** extendLifeTimeRes: the reservation's new lifetime left (TS 29.198-12 §8.4). */
public final class ExtendLifeTimeRes extends ChargingEvent {
    private static final long serialVersionUID = 1L;

    private final Duration lifeTimeLeft;

    public ExtendLifeTimeRes(ChargingSessionId sessionId, Duration lifeTimeLeft) {
        super(sessionId);
        this.lifeTimeLeft = require(lifeTimeLeft, "lifeTimeLeft");
    }

    public Duration getLifeTimeLeft() {
        return lifeTimeLeft;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("lifeTimeLeft", lifeTimeLeft);
    }
}
