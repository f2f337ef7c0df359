package org.sleecharging.events;

import org.sleecharging.events.value.ChargingSessionId;

/** An event on a charging session activity (TS 29.198-12 §8.4 IpAppChargingSession callbacks). */
public abstract class ChargingEvent extends ValueEvent {
    private static final long serialVersionUID = 1L;

    private final ChargingSessionId sessionId;

    protected ChargingEvent(ChargingSessionId sessionId) {
        this.sessionId = require(sessionId, "sessionId");
    }

    public ChargingSessionId getSessionId() {
        return sessionId;
    }

    @Override
    protected void describe(Fields fields) {
        fields.add("sessionId", sessionId);
    }
}
