package org.sleecharging.ra.engine.ro;

/** An {@link RoClientPort} that owns network resources: {@link #close()} releases every socket, session and thread. */
public interface RoTransport extends RoClientPort, AutoCloseable {

    /** True while the connection to that peer is open (CER/CEA done, RFC 6733 §5.3). */
    boolean isPeerUp(Route peer);

    /** Number of client Ro sessions the transport still holds; 0 after every session ended. */
    int openSessionCount();

    @Override
    void close();
}
