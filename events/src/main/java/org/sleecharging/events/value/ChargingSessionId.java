package org.sleecharging.events.value;

import java.io.Serializable;
import java.util.Objects;

/**
 * Identifies a charging session across the network (TS 29.198-12 TpChargingSessionID): a
 * network-unique id and the request number the first request must carry. Any node can recreate
 * the session from this id.
 */
public final class ChargingSessionId implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final int firstRequestNumber;

    private ChargingSessionId(String id, int firstRequestNumber) {
        this.id = id;
        this.firstRequestNumber = firstRequestNumber;
    }

    /** Throws IllegalArgumentException for a blank id or a request number below 1. */
    public static ChargingSessionId of(String id, int firstRequestNumber) {
        Objects.requireNonNull(id, "session id");
        if (id.trim().isEmpty()) {
            throw new IllegalArgumentException("charging session id is blank");
        }
        if (firstRequestNumber < 1) {
            throw new IllegalArgumentException("first request number " + firstRequestNumber + " of session " + id
                    + " is below 1");
        }
        return new ChargingSessionId(id, firstRequestNumber);
    }

    public String id() {
        return id;
    }

    public int firstRequestNumber() {
        return firstRequestNumber;
    }

    /** Sessions are equal by network id alone: the first request number is derived data. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ChargingSessionId && id.equals(((ChargingSessionId) o).id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id + "#" + firstRequestNumber;
    }
}
