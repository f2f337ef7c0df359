package org.sleecharging.ra.internal.diameter;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jdiameter.api.DisconnectCause;
import org.jdiameter.api.IllegalDiameterStateException;
import org.jdiameter.api.InternalException;
import org.jdiameter.api.PeerTable;
import org.jdiameter.api.cca.ClientCCASession;
import org.jdiameter.client.api.ISessionFactory;
import org.jdiameter.client.impl.StackImpl;
import org.jdiameter.common.api.concurrent.IConcurrentFactory;

/**
 * A jDiameter client stack's life: init from {@link StackConfiguration}, the Ro session factory
 * registered before start (otherwise the CER advertises no application and the OCS refuses with
 * "no common application"), connect, and stop with DPR. jDiameter's stop and destroy leave
 * non-daemon threads behind; {@link JDiameterThreads} ends those this stack started.
 */
final class ClientStack {
    private static final long DISCONNECT_MILLIS = 1000;
    private static final long THREAD_END_MILLIS = 2000;

    private final StackImpl stack = new StackImpl();
    private final JDiameterThreads threads;
    private final ISessionFactory sessions;
    private final PeerMonitor peers;

    private ClientStack(RoClientConfig config, JDiameterRoTransport transport) throws InternalException {
        try {
            sessions = (ISessionFactory) stack.init(new StackConfiguration(config));
            sessions.registerAppFacory(ClientCCASession.class, new RoSessionFactory(sessions, transport));
            peers = new PeerMonitor(stack.unwrap(PeerTable.class), config, transport);
            threads = new JDiameterThreads(stack.getAssemblerFacility().getComponentInstance(IConcurrentFactory.class));
            stack.start();
            threads.noteGroups();
            peers.startReconnecting(config.reconnectMillis());
        } catch (IllegalDiameterStateException | RuntimeException e) {
            stack.destroy();
            throw new InternalException(e);
        } catch (InternalException e) {
            stack.destroy();
            throw e;
        }
    }

    /** Starts the stack and waits up to connectTimeout for every peer's CER/CEA; peers still down keep reconnecting. */
    static ClientStack start(RoClientConfig config, JDiameterRoTransport transport) {
        ClientStack started;
        try {
            started = new ClientStack(config, transport);
        } catch (InternalException | RuntimeException e) {
            throw new IllegalStateException("jDiameter Ro client stack did not start for " + config + ": " + e.getMessage(), e);
        }
        try {
            started.peers.awaitAllUp(config.connectTimeoutMillis());
        } catch (InterruptedException e) {
            started.stop();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to the OCS peers of " + config, e);
        }
        return started;
    }

    ISessionFactory sessions() {
        return sessions;
    }

    PeerMonitor peers() {
        return peers;
    }

    /** Threads of this stack still running (none once {@link #stop()} returned, unless one refused to end). */
    List<Thread> aliveThreads() {
        return threads.alive();
    }

    /**
     * DPR to each connected peer (waiting at most a second for DPA), then destroy. A peer that
     * does not answer DPR in time is dropped anyway: destroy closes its socket.
     */
    void stop() {
        threads.noteGroups();
        peers.forgetAll();
        try {
            stack.stop(DISCONNECT_MILLIS, TimeUnit.MILLISECONDS, DisconnectCause.REBOOTING);
        } catch (IllegalDiameterStateException | InternalException e) {
            // Not every peer confirmed the DPR in time (jDiameter reports "TimeOut"); nothing to hand
            // back to the caller: destroy() below closes the sockets regardless.
        } finally {
            stack.destroy();
            threads.end(THREAD_END_MILLIS);
        }
    }
}
