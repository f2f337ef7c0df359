package org.sleecharging.ra.internal.diameter;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;

import org.jdiameter.api.Peer;
import org.jdiameter.client.api.io.IConnection;
import org.jdiameter.client.impl.controller.PeerImpl;
import org.jdiameter.client.impl.transport.tcp.TCPClientConnection;
import org.jdiameter.client.impl.transport.tcp.TCPTransportClient;

/**
 * Switches Nagle's algorithm off (TCP_NODELAY) on a jDiameter peer's TCP connection.
 *
 * <p>jDiameter 1.7.1's TCP transport never sets TCP_NODELAY, and its configuration has no option
 * for it. With Nagle on, a CCR written while an earlier small segment is still unacknowledged
 * waits for the OCS's delayed ACK (40 ms on Linux): a tenth of the reservations took ~45 ms in the
 * RA benchmark. Diameter is request/answer over one long-lived connection, the case Nagle hurts.
 *
 * <p>The socket is not reachable through jDiameter's API: the peer's connection
 * ({@code PeerImpl.connection}), its transport ({@code TCPClientConnection.client}) and the channel
 * ({@code TCPTransportClient.socketChannel}) are read reflectively. Anything else (SCTP, TLS, a
 * changed jDiameter) reports {@link Result#UNSUPPORTED} and the connection is left as it is.
 */
final class TcpNoDelay {

    /** What {@link #apply(Peer)} did. */
    enum Result {
        /** TCP_NODELAY is on for the peer's current socket. */
        SET,
        /** The peer has no open socket right now (it is reconnecting). */
        NOT_CONNECTED,
        /** Not a jDiameter TCP connection this class knows, or the option could not be set. */
        UNSUPPORTED
    }

    private static final Field PEER_CONNECTION = field(PeerImpl.class, "connection");
    private static final Field CONNECTION_CLIENT = field(TCPClientConnection.class, "client");
    private static final Field CLIENT_CHANNEL = field(TCPTransportClient.class, "socketChannel");

    private TcpNoDelay() {
    }

    private static Field field(Class<?> owner, String name) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException | RuntimeException e) {
            // A jDiameter other than 1.7.1's layout, or a security manager refusing access.
            return null;
        }
    }

    /** Sets TCP_NODELAY on the peer's current socket; idempotent, never throws. */
    static Result apply(Peer peer) {
        SocketChannel channel;
        try {
            channel = channel(peer);
        } catch (IllegalAccessException | RuntimeException e) {
            return Result.UNSUPPORTED;
        }
        if (channel == null) {
            return Result.NOT_CONNECTED;
        }
        try {
            channel.setOption(StandardSocketOptions.TCP_NODELAY, Boolean.TRUE);
            return Result.SET;
        } catch (IOException | RuntimeException e) {
            // Closed between the check and the call: the next connection is handled on its own OKAY.
            return channel.isOpen() ? Result.UNSUPPORTED : Result.NOT_CONNECTED;
        }
    }

    /** TCP_NODELAY of the peer's current socket; null when it has none or it cannot be read. */
    static Boolean isSet(Peer peer) {
        try {
            SocketChannel channel = channel(peer);
            return channel == null ? null : channel.getOption(StandardSocketOptions.TCP_NODELAY);
        } catch (IllegalAccessException | IOException | RuntimeException e) {
            return null;
        }
    }

    /** The peer's open socket, null while it has none; UnsupportedOperationException if it is not reachable. */
    private static SocketChannel channel(Peer peer) throws IllegalAccessException {
        if (PEER_CONNECTION == null || CONNECTION_CLIENT == null || CLIENT_CHANNEL == null || !(peer instanceof PeerImpl)) {
            throw new UnsupportedOperationException("not a jDiameter 1.7.1 peer: " + peer);
        }
        IConnection connection = (IConnection) PEER_CONNECTION.get(peer);
        if (connection == null) {
            return null;
        }
        if (!(connection instanceof TCPClientConnection)) {
            throw new UnsupportedOperationException("not a TCP connection: " + connection.getClass().getName());
        }
        TCPTransportClient client = (TCPTransportClient) CONNECTION_CLIENT.get(connection);
        if (client == null) {
            return null;
        }
        SocketChannel channel = (SocketChannel) CLIENT_CHANNEL.get(client);
        return channel != null && channel.isOpen() ? channel : null;
    }
}
