package org.sleecharging.ra.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.sleecharging.events.ChargingEvent;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.ra.engine.ro.RoRequest;

/** Records what the engine reports. */
final class RecordingListener implements EngineListener {
    final List<ChargingEvent> events = new ArrayList<ChargingEvent>();
    final List<SessionSnapshot> snapshots = new ArrayList<SessionSnapshot>();
    final List<ChargingSessionId> ended = new ArrayList<ChargingSessionId>();
    final List<String> usageFailures = new ArrayList<String>();
    final List<RoRequest> unconfirmed = new ArrayList<RoRequest>();
    final List<ChargingSessionId> takenOver = new ArrayList<ChargingSessionId>();
    /** What the replicated data says of a session's owner (none by default). */
    volatile Function<ChargingSessionId, String> owners = id -> null;

    @Override
    public synchronized void onEvent(ChargingEvent event) {
        events.add(event);
    }

    @Override
    public synchronized void onSessionChanged(SessionSnapshot snapshot) {
        snapshots.add(snapshot);
    }

    @Override
    public synchronized void onSessionEnded(ChargingSessionId sessionId) {
        ended.add(sessionId);
    }

    @Override
    public synchronized void onUsageReportFailed(ChargingSessionId sessionId, RoRequest request, String reason) {
        usageFailures.add(request + ": " + reason);
        unconfirmed.add(request);
    }

    @Override
    public String replicatedOwner(ChargingSessionId sessionId) {
        return owners.apply(sessionId);
    }

    @Override
    public synchronized void onSessionTakenOver(ChargingSessionId sessionId) {
        takenOver.add(sessionId);
    }

    synchronized ChargingEvent last() {
        return events.get(events.size() - 1);
    }
}
