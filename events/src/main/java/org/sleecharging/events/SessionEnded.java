package org.sleecharging.events;

import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.SessionEndedCause;

/** sessionEnded: the RA ended the session on its own, e.g. lifetime expiry (TS 29.198-12 §8.4); the activity ends next. */
public final class SessionEnded extends ChargingEvent {
    private static final long serialVersionUID = 1L;

    private final SessionEndedCause cause;

    public SessionEnded(ChargingSessionId sessionId, SessionEndedCause cause) {
        super(sessionId);
        this.cause = require(cause, "cause");
    }

    public SessionEndedCause getCause() {
        return cause;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("cause", cause);
    }
}
