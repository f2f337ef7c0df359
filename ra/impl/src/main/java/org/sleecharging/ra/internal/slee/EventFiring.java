package org.sleecharging.ra.internal.slee;

import javax.slee.SLEEException;
import javax.slee.resource.ActivityIsEndingException;
import javax.slee.resource.EventFlags;
import javax.slee.resource.FireEventException;
import javax.slee.resource.IllegalEventException;
import javax.slee.resource.UnrecognizedActivityHandleException;

import org.sleecharging.events.ChargingEvent;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.ra.engine.EngineListener;
import org.sleecharging.ra.engine.SessionSnapshot;
import org.sleecharging.ra.engine.ro.RoRequest;

/**
 * The engine's reports turned into SLEE actions: events fired on the session's activity, snapshots
 * replicated, activities ended, alarms raised. Runs on engine threads outside any transaction, so
 * events are fired non-transacted (JSLEE 1.1 §15.11.7). Nobody waits on these threads: an event
 * the SLEE refuses is traced at SEVERE and counted (usage parameter eventsNotFired).
 */
final class EventFiring implements EngineListener {

    /** Failed deliveries come back through eventProcessingFailed, which traces them. */
    static final int EVENT_FLAGS = EventFlags.REQUEST_PROCESSING_FAILED_CALLBACK;

    private final SleeFacilities slee;
    private final EventTypes types;
    private final ActivityRegistry activities;
    private final Replication replication;

    EventFiring(SleeFacilities slee, EventTypes types, ActivityRegistry activities, Replication replication) {
        this.slee = slee;
        this.types = types;
        this.activities = activities;
        this.replication = replication;
    }

    @Override
    public void onEvent(ChargingEvent event) {
        ChargingActivityHandle handle = ChargingActivityHandle.of(event.getSessionId());
        String failure;
        try {
            slee.endpoint.fireEvent(handle, types.of(event), event, null, null, EVENT_FLAGS);
            return;
        } catch (UnrecognizedActivityHandleException e) {
            failure = "its activity is gone";
        } catch (ActivityIsEndingException e) {
            failure = "its activity is ending";
        } catch (IllegalEventException e) {
            failure = "the SLEE refused the event type: " + e.getMessage();
        } catch (FireEventException e) {
            failure = "the SLEE could not fire it: " + e.getMessage();
        } catch (SLEEException e) {
            failure = "the SLEE failed: " + e.getMessage();
        }
        slee.usage.eventNotFired();
        slee.tracer.severe("event " + event + " was not delivered: " + failure);
    }

    @Override
    public void onSessionChanged(SessionSnapshot snapshot) {
        replication.store(snapshot);
    }

    @Override
    public void onSessionEnded(ChargingSessionId sessionId) {
        replication.remove(sessionId);
        ChargingActivityHandle handle = ChargingActivityHandle.of(sessionId);
        if (activities.get(handle) != null && !activities.end(slee.endpoint, handle)) {
            slee.tracer.fine("charging session " + sessionId + " ended after its activity");
        }
    }

    @Override
    public String replicatedOwner(ChargingSessionId sessionId) {
        SessionSnapshot replicated = replication.find(sessionId);
        return replicated == null ? null : replicated.owner();
    }

    @Override
    public void onSessionTakenOver(ChargingSessionId sessionId) {
        slee.tracer.info("charging session " + sessionId + " was recreated on another node: local copy dropped");
        ChargingActivityHandle handle = ChargingActivityHandle.of(sessionId);
        if (activities.get(handle) != null) {
            activities.end(slee.endpoint, handle);
        }
    }

    @Override
    public void onUsageReportFailed(ChargingSessionId sessionId, RoRequest request, String reason) {
        slee.tracer.severe("usage report " + request + " of charging session " + sessionId + " failed: " + reason);
        slee.alarms.usageReportFailed(sessionId, request.type() + " on Ro session " + request.roSessionId() + ": "
                + reason);
    }
}
