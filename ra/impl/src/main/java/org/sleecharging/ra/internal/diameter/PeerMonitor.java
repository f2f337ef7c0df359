package org.sleecharging.ra.internal.diameter;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

import org.jdiameter.api.DisconnectCause;
import org.jdiameter.api.IllegalDiameterStateException;
import org.jdiameter.api.InternalException;
import org.jdiameter.api.Peer;
import org.jdiameter.api.PeerState;
import org.jdiameter.api.PeerStateListener;
import org.jdiameter.api.PeerTable;
import org.sleecharging.ra.engine.ro.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the connection to each configured OCS peer. A peer is up in jDiameter's OKAY state
 * (CER/CEA done, watchdog answered, RFC 3539 §3.4); SUSPECT, DOWN and REOPEN count as down.
 *
 * <p>It also reconnects: jDiameter's client peer goes DOWN for good after the OCS disconnected
 * it with a DPR (e.g. an OCS restart, cause REBOOTING) or when its first connect failed, so a
 * DOWN peer is connected again every reconnect interval (RFC 3539 §3.4.1 Tc) until close.
 */
final class PeerMonitor {
    private static final Logger LOG = LoggerFactory.getLogger(PeerMonitor.class);

    /** Told of every up/down change, on jDiameter's peer state machine thread. */
    interface Changes {
        void changed(Route route, boolean up);
    }

    private final Map<Route, Peer> peers = new EnumMap<Route, Peer>(Route.class);
    /**
     * Kept from the listener. jDiameter notifies a state change before its peer state machine has
     * switched (PeerFSMImpl.switchToNextState); a CCR queued in that window is dropped without a
     * trace. So a peer is up when both this and the state machine say OKAY.
     */
    private final Map<Route, Boolean> up = new ConcurrentHashMap<Route, Boolean>();
    private final CountDownLatch allUp;
    private volatile boolean noDelayWarned;
    /** Since when (System.nanoTime) a peer has been seen connecting (REOPEN or INITIAL) by the reconnect task. */
    private final Map<Route, Long> connecting = new ConcurrentHashMap<Route, Long>();
    private final long stuckNanos;
    private final ScheduledExecutorService reconnects = Executors.newSingleThreadScheduledExecutor(new ThreadFactory() {
        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "ro-client-reconnect");
            t.setDaemon(true);
            return t;
        }
    });

    /** Reads System.nanoTime; tests give their own, so rounds of the reconnect task need no waiting. */
    private final LongSupplier nanoTime;

    PeerMonitor(PeerTable table, RoClientConfig config, Changes changes) {
        this(table, config, changes, new LongSupplier() {
            @Override
            public long getAsLong() {
                return System.nanoTime();
            }
        });
    }

    PeerMonitor(PeerTable table, RoClientConfig config, Changes changes, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        stuckNanos = TimeUnit.MILLISECONDS.toNanos(config.connectTimeoutMillis() + 2 * config.reconnectMillis());
        register(table, Route.PRIMARY, config.primary());
        if (config.secondary() != null) {
            register(table, Route.SECONDARY, config.secondary());
        }
        allUp = new CountDownLatch(peers.size());
        for (Map.Entry<Route, Peer> entry : peers.entrySet()) {
            final Route route = entry.getKey();
            final Peer peer = entry.getValue();
            peer.addPeerStateListener(new PeerStateListener() {
                private boolean counted;

                @Override
                public void stateChanged(PeerState oldState, PeerState newState) {
                    boolean isUp = newState == PeerState.OKAY;
                    if (isUp) {
                        noDelay(route, peer);
                    }
                    Boolean wasUp = up.put(route, isUp);
                    if (isUp && !counted) {
                        counted = true;
                        allUp.countDown();
                    }
                    if (!Boolean.valueOf(isUp).equals(wasUp == null ? Boolean.FALSE : wasUp)) {
                        changes.changed(route, isUp);
                    }
                }
            });
        }
    }

    /** Every new connection of a peer, first or reconnected, gets TCP_NODELAY (see {@link TcpNoDelay}). */
    private void noDelay(Route route, Peer peer) {
        if (TcpNoDelay.apply(peer) == TcpNoDelay.Result.UNSUPPORTED && !noDelayWarned) {
            noDelayWarned = true;
            LOG.warn("Cannot switch Nagle's algorithm off on the connection to the {} OCS peer {}: requests may wait "
                    + "for delayed ACKs (tens of ms) under load", route, peer.getUri());
        }
    }

    /** TCP_NODELAY of the route's current socket; null when it has none (or it cannot be read). */
    Boolean noDelay(Route route) {
        Peer peer = peers.get(route);
        return peer == null ? null : TcpNoDelay.isSet(peer);
    }

    /** Starts reconnecting DOWN peers every {@code intervalMillis}. */
    void startReconnecting(long intervalMillis) {
        reconnects.scheduleWithFixedDelay(new Runnable() {
            @Override
            public void run() {
                checkPeers();
            }
        }, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /** One round of the reconnect task: DOWN peers are connected, peers stuck connecting disconnected. */
    void checkPeers() {
        for (Map.Entry<Route, Peer> entry : peers.entrySet()) {
            Peer peer = entry.getValue();
            PeerState state = peer.getState(PeerState.class);
            if (state == PeerState.REOPEN || state == PeerState.INITIAL) {
                kickIfStuck(entry.getKey(), peer, state);
                continue;
            }
            connecting.remove(entry.getKey());
            if (state == PeerState.DOWN) {
                try {
                    peer.connect();
                } catch (InternalException | IOException | IllegalDiameterStateException e) {
                    // The OCS is still unreachable (or the peer left DOWN meanwhile): try again next round.
                } catch (RuntimeException e) {
                    // jDiameter's peer FSM throws unchecked when a connect races its exiting queue threads
                    // (e.g. "Statistic already defined"); an escaping exception would cancel this periodic
                    // task for good, so the next round simply tries again.
                }
            }
        }
    }

    /**
     * jDiameter 1.7.1's client peer can stay in REOPEN for good after a connect attempt raced the
     * OCS's restart (seen in NetworkTest: REOPEN for 20 s and more while the OCS listened again).
     * A peer still connecting (REOPEN, or INITIAL: CER out, no CEA) past the connect timeout plus two
     * reconnect intervals is disconnected, so the next round connects it afresh from DOWN.
     */
    private void kickIfStuck(Route route, Peer peer, PeerState state) {
        long now = nanoTime.getAsLong();
        Long since = connecting.putIfAbsent(route, now);
        if (since == null || now - since < stuckNanos) {
            return;
        }
        connecting.remove(route);
        LOG.warn("The {} OCS peer {} is still {} after {} ms: disconnecting it to connect again", route, peer.getUri(),
                state, TimeUnit.NANOSECONDS.toMillis(now - since));
        try {
            peer.disconnect(DisconnectCause.REBOOTING);
        } catch (InternalException | IllegalDiameterStateException | RuntimeException e) {
            // Left its connecting state meanwhile: the next round looks again.
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
        Peer peer = peers.get(route);
        return Boolean.TRUE.equals(up.get(route)) && peer.getState(PeerState.class) == PeerState.OKAY;
    }

    /** The stack is going away: no peer counts as up any more. */
    void forgetAll() {
        reconnects.shutdownNow();
        up.clear();
    }

    /** Waits until every configured peer is up, or the timeout passed; true if all are. */
    boolean awaitAllUp(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        if (!allUp.await(millis, TimeUnit.MILLISECONDS)) {
            return false;
        }
        while (!allUpNow()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            // The state machine switches right after notifying (see the field comment): microseconds.
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            if (Thread.interrupted()) {
                throw new InterruptedException("waiting for the OCS peers' state machines");
            }
        }
        return true;
    }

    private boolean allUpNow() {
        for (Route route : peers.keySet()) {
            if (!isUp(route)) {
                return false;
            }
        }
        return true;
    }
}
