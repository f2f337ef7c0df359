package org.sleecharging.ocs.internal.diameter;

import java.lang.reflect.Field;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jdiameter.client.api.io.IConnection;
import org.jdiameter.server.api.IMutablePeerTable;
import org.jdiameter.server.api.io.INetworkConnectionListener;
import org.jdiameter.server.api.io.INetworkGuard;
import org.jdiameter.server.impl.MutablePeerTableImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TCP connections the server's network guard accepts: each gets TCP_NODELAY as it is accepted
 * (before its CER is read), and a stop really drops them. jDiameter 1.7.1's stop sends DPR to the
 * peers first and closes the listening socket only afterwards, so a client that reconnects at once
 * (as the RA does after a DPR) could connect to the stopping server and keep a connection nothing
 * served any more; {@link #stopAccepting()} closes the listening socket before the DPRs and
 * {@link #dropAll()} releases whatever is left after the stack is gone.
 */
final class AcceptedConnections implements INetworkConnectionListener {
    private static final Logger LOG = LoggerFactory.getLogger(AcceptedConnections.class);
    private static final Field PEER_TABLE_GUARD = TcpNoDelay.field(MutablePeerTableImpl.class, "networkGuard");

    private final Set<IConnection> accepted = ConcurrentHashMap.newKeySet();
    private volatile INetworkGuard guard;

    /** Starts watching the guard of a started server stack (it exists from start on). */
    void attach(IMutablePeerTable table) {
        try {
            guard = PEER_TABLE_GUARD == null ? null : (INetworkGuard) PEER_TABLE_GUARD.get(table);
        } catch (IllegalAccessException | RuntimeException e) {
            guard = null;
        }
        if (guard == null) {
            TcpNoDelay.warn("the server's network guard of " + table.getClass().getName() + " is not reachable");
            return;
        }
        guard.addListener(this);
    }

    @Override
    public void newNetworkConnection(IConnection connection) {
        TcpNoDelay.apply(connection);
        accepted.removeIf(c -> !c.isConnected());
        accepted.add(connection);
    }

    /** Closes the listening socket; connections already accepted stay until the stack's DPR. */
    void stopAccepting() {
        INetworkGuard g = guard;
        if (g != null) {
            g.destroy();
        }
    }

    /** Releases every accepted connection still open (the stack has stopped). */
    void dropAll() {
        for (IConnection connection : accepted) {
            if (connection.isConnected()) {
                try {
                    connection.release();
                } catch (Exception e) {
                    LOG.debug("Cannot release connection {}: {}", connection.getKey(), e.toString());
                }
            }
        }
        accepted.clear();
    }
}
