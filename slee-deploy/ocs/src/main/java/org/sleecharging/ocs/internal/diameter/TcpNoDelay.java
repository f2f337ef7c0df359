package org.sleecharging.ocs.internal.diameter;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;

import org.jdiameter.api.Peer;
import org.jdiameter.client.api.io.IConnection;
import org.jdiameter.client.impl.controller.PeerImpl;
import org.jdiameter.client.impl.transport.tcp.TCPClientConnection;
import org.jdiameter.client.impl.transport.tcp.TCPTransportClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TCP_NODELAY for jDiameter 1.7.1's TCP connections, which never set it and have no option for it.
 * With Nagle's algorithm on, an answer (or request) written while an earlier small segment is
 * unacknowledged waits for the peer's delayed ACK, 40 ms on Linux: a request/answer protocol over
 * one long-lived connection is the case Nagle hurts. The sockets are not reachable through
 * jDiameter's API, so the fields behind it are read reflectively; anything but a jDiameter 1.7.1
 * TCP connection is left as it is, with one warning.
 *
 * <p>The simulator and the load tool's trivial server set it on every accepted connection
 * ({@link AcceptedConnections}), the raw client on its connections: both legs of a comparison run
 * with the same socket options.
 */
public final class TcpNoDelay {
    private static final Logger LOG = LoggerFactory.getLogger(TcpNoDelay.class);
    private static final Field PEER_CONNECTION = field(PeerImpl.class, "connection");
    private static final Field CONNECTION_CLIENT = field(TCPClientConnection.class, "client");
    private static final Field CLIENT_CHANNEL = field(TCPTransportClient.class, "socketChannel");
    private static volatile boolean warned;
    /** {@value #PROPERTY}=false leaves jDiameter's sockets as they are (Nagle on), e.g. to measure both ways. */
    public static final String PROPERTY = "sleecharging.diameter.tcpNoDelay";
    private static final boolean ENABLED = !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"));

    private TcpNoDelay() {
    }

    static Field field(Class<?> owner, String name) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException | RuntimeException e) {
            return null;
        }
    }

    /** Sets TCP_NODELAY on the peer's current connection; false (with one warning) if it cannot. */
    public static boolean apply(Peer peer) {
        if (!ENABLED) {
            return false;
        }
        try {
            if (PEER_CONNECTION == null || !(peer instanceof PeerImpl)) {
                warn("not a jDiameter 1.7.1 peer: " + peer);
                return false;
            }
            return apply((IConnection) PEER_CONNECTION.get(peer));
        } catch (IllegalAccessException | RuntimeException e) {
            warn(e.toString());
            return false;
        }
    }

    /** Sets TCP_NODELAY on the connection's socket; false (with one warning) if it cannot. */
    public static boolean apply(IConnection connection) {
        if (!ENABLED) {
            return false;
        }
        SocketChannel channel;
        try {
            channel = channel(connection);
        } catch (IllegalAccessException | RuntimeException e) {
            warn(e.toString());
            return false;
        }
        if (channel == null) {
            return false;
        }
        try {
            channel.setOption(StandardSocketOptions.TCP_NODELAY, Boolean.TRUE);
            return true;
        } catch (IOException | RuntimeException e) {
            if (channel.isOpen()) {
                warn(e.toString());
            }
            return false;
        }
    }

    /** TCP_NODELAY of the peer's current socket; null when it has none or it cannot be read. */
    public static Boolean isSet(Peer peer) {
        try {
            if (PEER_CONNECTION == null || !(peer instanceof PeerImpl)) {
                return null;
            }
            SocketChannel channel = channel((IConnection) PEER_CONNECTION.get(peer));
            return channel == null ? null : channel.getOption(StandardSocketOptions.TCP_NODELAY);
        } catch (IllegalAccessException | IOException | RuntimeException e) {
            return null;
        }
    }

    /** The connection's open socket; null while it has none; UnsupportedOperationException if not reachable. */
    private static SocketChannel channel(IConnection connection) throws IllegalAccessException {
        if (connection == null) {
            return null;
        }
        if (CONNECTION_CLIENT == null || CLIENT_CHANNEL == null || !(connection instanceof TCPClientConnection)) {
            throw new UnsupportedOperationException("not a jDiameter 1.7.1 TCP connection: " + connection.getClass().getName());
        }
        TCPTransportClient client = (TCPTransportClient) CONNECTION_CLIENT.get(connection);
        SocketChannel channel = client == null ? null : (SocketChannel) CLIENT_CHANNEL.get(client);
        return channel != null && channel.isOpen() ? channel : null;
    }

    static void warn(String why) {
        if (!warned) {
            warned = true;
            LOG.warn("Cannot switch Nagle's algorithm off on a Diameter connection ({}): messages may wait for delayed "
                    + "ACKs (tens of ms) under load", why);
        }
    }
}
