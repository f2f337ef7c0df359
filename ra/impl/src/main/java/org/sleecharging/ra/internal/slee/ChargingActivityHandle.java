package org.sleecharging.ra.internal.slee;

import java.io.Serializable;

import javax.slee.resource.ActivityHandle;

import org.sleecharging.events.value.ChargingSessionId;

/**
 * The SLEE's handle of a charging session activity (JSLEE 1.1 §15.3): the session's network-unique
 * id, so the same session recreated on another node has an equal handle.
 */
public final class ChargingActivityHandle implements ActivityHandle, Serializable {
    private static final long serialVersionUID = 1L;

    private final String sessionId;

    private ChargingActivityHandle(String sessionId) {
        this.sessionId = sessionId;
    }

    public static ChargingActivityHandle of(ChargingSessionId sessionId) {
        return new ChargingActivityHandle(sessionId.id());
    }

    public String sessionId() {
        return sessionId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChargingActivityHandle && ((ChargingActivityHandle) o).sessionId.equals(sessionId);
    }

    @Override
    public int hashCode() {
        return sessionId.hashCode();
    }

    @Override
    public String toString() {
        return "ChargingActivityHandle[" + sessionId + "]";
    }
}
