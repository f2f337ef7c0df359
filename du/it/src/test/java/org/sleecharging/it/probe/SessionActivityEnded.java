package org.sleecharging.it.probe;

import java.io.Serializable;
import org.sleecharging.events.value.ChargingSessionId;

/** Recorded when the charging session activity the probe SBB is attached to ends. */
public final class SessionActivityEnded implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ChargingSessionId sessionId;

    SessionActivityEnded(ChargingSessionId sessionId) {
        this.sessionId = sessionId;
    }

    public ChargingSessionId sessionId() {
        return sessionId;
    }

    @Override
    public String toString() {
        return "SessionActivityEnded[" + sessionId + "]";
    }
}
