package org.sleecharging.ra.internal.slee;

import java.util.concurrent.atomic.AtomicReference;

import org.sleecharging.ra.engine.ChargingEngine;
import org.sleecharging.ra.engine.ro.RoNetworkListener;
import org.sleecharging.ra.engine.ro.Route;
import org.sleecharging.ra.internal.diameter.RoClientConfig;

/**
 * What the OCS and the network do unasked: RAR → ReauthRequest event on the session's activity
 * (RFC 4006 §5.5); ASR → session ended and SessionAborted event (RFC 4006 §5.6); a peer going down
 * or up → its {@link Alarms#PEER_DOWN} alarm raised or cleared, and a trace.
 */
final class NetworkEvents implements RoNetworkListener {

    private final SleeFacilities slee;
    private final RoClientConfig config;
    private final AtomicReference<ChargingEngine> engine = new AtomicReference<ChargingEngine>();

    NetworkEvents(SleeFacilities slee, RoClientConfig config) {
        this.slee = slee;
        this.config = config;
    }

    /** The transport starts before the engine that uses it exists. */
    void attach(ChargingEngine value) {
        engine.set(value);
    }

    @Override
    public void reauthRequested(String roSessionId) {
        ChargingEngine current = engine.get();
        if (current == null || !current.onReauthRequest(roSessionId, null, null)) {
            slee.tracer.warning("RAR for Ro session " + roSessionId + ", which no charging session holds");
        }
    }

    @Override
    public void sessionAborted(String roSessionId) {
        ChargingEngine current = engine.get();
        if (current == null || !current.onAbort(roSessionId, "OCS sent Abort-Session-Request")) {
            slee.tracer.warning("ASR for Ro session " + roSessionId + ", which no live charging session holds");
        }
    }

    @Override
    public void peerStateChanged(Route peer, boolean up) {
        String description = String.valueOf(peer == Route.PRIMARY ? config.primary() : config.secondary());
        if (up) {
            slee.alarms.peerUp(peer);
            slee.tracer.info("OCS peer " + peer + " " + description + " is up");
        } else {
            slee.alarms.peerDown(peer, description);
            slee.tracer.warning("OCS peer " + peer + " " + description + " is down");
        }
    }
}
