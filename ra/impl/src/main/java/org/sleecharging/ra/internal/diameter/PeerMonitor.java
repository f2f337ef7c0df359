package org.sleecharging.ra.internal.diameter;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jdiameter.api.Peer;
import org.jdiameter.api.PeerState;
import org.jdiameter.api.PeerStateListener;
import org.jdiameter.api.PeerTable;
import org.sleecharging.ra.engine.ro.Route;

/**
 * Watches the connection to each configured OCS peer. A peer is up in jDiameter's OKAY state
 * (CER/CEA done, watchdog answered, RFC 3539 §3.4); SUSPECT, DOWN and REOPEN count as down.
 */
final class PeerMonitor {

    /** Told of every up/down change, on jDiameter's peer state machine thread. */
    interface Changes {
        void changed(Route route, boolean up);
    }

    private final Map<Route, Peer> peers = new EnumMap<Route, Peer>(Route.class);
    /** Kept from the listener: jDiameter notifies OKAY before its own state field reads OKAY. */
    private final Map<Route, Boolean> up = new ConcurrentHashMap<Route, Boolean>();
    private final CountDownLatch allUp;

    PeerMonitor(PeerTable table, RoClientConfig config, Changes changes) {
        register(table, Route.PRIMARY, config.primary());
        if (config.secondary() != null) {
            register(table, Route.SECONDARY, config.secondary());
        }
        allUp = new CountDownLatch(peers.size());
        for (Map.Entry<Route, Peer> entry : peers.entrySet()) {
            final Route route = entry.getKey();
            entry.getValue().addPeerStateListener(new PeerStateListener() {
                private boolean counted;

                @Override
                public void stateChanged(PeerState oldState, PeerState newState) {
                    boolean wasUp = oldState == PeerState.OKAY;
                    boolean up = newState == PeerState.OKAY;
                    if (up && !counted) {
                        counted = true;
                        allUp.countDown();
                    }
                    if (wasUp != up) {
                        PeerMonitor.this.up.put(route, up);
                        changes.changed(route, up);
                    }
                }
            });
        }
    }

    private void register(PeerTable table, Route route, RoPeer peer) {
        Peer p = table.getPeer(peer.host());
        if (p == null) {
            throw new IllegalStateException("jDiameter's peer table has no entry for the " + route + " OCS peer " + peer);
        }
        peers.put(route, p);
    }

    boolean isConfigured(Route route) {
        return peers.containsKey(route);
    }

    boolean isUp(Route route) {
        return Boolean.TRUE.equals(up.get(route));
    }

    /** The stack is going away: no peer counts as up any more. */
    void forgetAll() {
        up.clear();
    }

    /** Waits until every configured peer was up once, or the timeout passed; true if all were. */
    boolean awaitAllUp(long millis) throws InterruptedException {
        return allUp.await(millis, TimeUnit.MILLISECONDS);
    }
}
