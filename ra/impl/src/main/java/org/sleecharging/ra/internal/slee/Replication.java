package org.sleecharging.ra.internal.slee;

import org.mobicents.slee.resource.cluster.FaultTolerantResourceAdaptorContext;
import org.mobicents.slee.resource.cluster.ReplicatedData;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.ra.engine.SessionSnapshot;

/**
 * Engine session snapshots in Restcomm's replicated data, keyed by ChargingSessionId (DESIGN.md
 * "Recreate"). Without a fault tolerant context (a SLEE that offers none) nothing is replicated
 * and only live sessions can be found.
 */
final class Replication {

    private final ReplicatedData<ChargingSessionId, SessionSnapshot> data;

    private Replication(ReplicatedData<ChargingSessionId, SessionSnapshot> data) {
        this.data = data;
    }

    static Replication none() {
        return new Replication(null);
    }

    /** The data with dataRemoved callbacks, so this entity hears of sessions ended elsewhere. */
    static Replication of(FaultTolerantResourceAdaptorContext<ChargingSessionId, SessionSnapshot> context) {
        return new Replication(context.getReplicateData(true));
    }

    boolean isEnabled() {
        return data != null;
    }

    void store(SessionSnapshot snapshot) {
        if (data != null) {
            data.put(snapshot.sessionId(), snapshot);
        }
    }

    void remove(ChargingSessionId id) {
        if (data != null) {
            data.remove(id);
        }
    }

    /** Null when nothing is replicated for the id. */
    SessionSnapshot find(ChargingSessionId id) {
        return data == null ? null : data.get(id);
    }
}
