package org.sleecharging.ra.engine;

import org.sleecharging.events.ChargingEvent;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.ra.engine.ro.RoRequest;

/**
 * How the engine reports to the RA. Called without any engine lock held, on the thread that
 * caused the report (an SBB call, a port completion or a scheduler task). Must not throw.
 */
public interface EngineListener {

    /** Fire this event on the session's activity (a Res/Err, SessionEnded, SessionAborted, ReauthRequest). */
    void onEvent(ChargingEvent event);

    /** The session's replicable state changed: store the snapshot in the replicated data. */
    void onSessionChanged(SessionSnapshot snapshot);

    /** The session is over: end its activity (after any event reported before) and drop its replicated data. */
    void onSessionEnded(ChargingSessionId sessionId);

    /**
     * The owner ({@link SessionSnapshot#owner()}) of the session's replicated snapshot, null if
     * nothing is replicated for it. Asked before a timer of the session acts on this node.
     */
    String replicatedOwner(ChargingSessionId sessionId);

    /**
     * Another node recreated the session and runs it now: this node's copy was dropped without a CCR
     * or an event; end its activity here and leave the replicated data alone (it is the other node's).
     */
    void onSessionTakenOver(ChargingSessionId sessionId);

    /** A usage report (CCR-TERMINATION) failed; nobody waits for it, so the RA should raise an alarm. */
    void onUsageReportFailed(ChargingSessionId sessionId, RoRequest request, String reason);
}
