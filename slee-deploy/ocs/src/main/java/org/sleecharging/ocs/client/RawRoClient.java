package org.sleecharging.ocs.client;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.jdiameter.api.Answer;
import org.jdiameter.api.ApplicationId;
import org.jdiameter.api.AvpDataException;
import org.jdiameter.api.DisconnectCause;
import org.jdiameter.api.EventListener;
import org.jdiameter.api.InternalException;
import org.jdiameter.api.Mode;
import org.jdiameter.api.Peer;
import org.jdiameter.api.PeerState;
import org.jdiameter.api.PeerTable;
import org.jdiameter.api.Request;
import org.jdiameter.api.Session;
import org.jdiameter.api.Stack;
import org.jdiameter.api.app.AppAnswerEvent;
import org.jdiameter.api.app.AppRequestEvent;
import org.jdiameter.api.app.AppSession;
import org.jdiameter.api.auth.events.ReAuthRequest;
import org.jdiameter.api.cca.ClientCCASession;
import org.jdiameter.api.cca.ClientCCASessionListener;
import org.jdiameter.api.cca.events.JCreditControlAnswer;
import org.jdiameter.api.cca.events.JCreditControlRequest;
import org.jdiameter.client.api.ISessionFactory;
import org.jdiameter.client.impl.StackImpl;
import org.jdiameter.client.impl.helpers.XMLConfiguration;
import org.jdiameter.common.impl.app.auth.ReAuthAnswerImpl;
import org.jdiameter.common.impl.app.cca.JCreditControlRequestImpl;
import org.sleecharging.ocs.CreditControlAnswer;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.ResultCodes;
import org.sleecharging.ocs.internal.diameter.ClientSessionFactory;
import org.sleecharging.ocs.internal.diameter.RoCodec;
import org.sleecharging.ocs.internal.diameter.StackXml;
import org.sleecharging.ocs.internal.diameter.TcpNoDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plain jDiameter Ro client (ClientCCASessionImpl, no SLEE) for tests, the load tool and RA
 * baselines. {@link #send} drives the stock client session state machine; {@link #sendRaw}
 * bypasses it to send exactly the CCR given, e.g. a retransmission with the T flag.
 * RAR and ASR from the server are answered 2001 and recorded.
 */
public final class RawRoClient implements AutoCloseable, ClientCCASessionListener {
    private static final Logger LOG = LoggerFactory.getLogger(RawRoClient.class);
    private static final ApplicationId CCA = ApplicationId.createByAuthAppId(4);
    private static final int ABORT_SESSION = 274;

    private final Stack stack = new StackImpl();
    private final ISessionFactory sessions;
    private final String serverHost;
    private final String serverRealm;
    private final Map<String, ClientCCASession> open = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<CreditControlAnswer>> pending = new ConcurrentHashMap<>();
    private final BlockingQueue<String> reAuthRequests = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> abortRequests = new LinkedBlockingQueue<>();

    private RawRoClient(String clientHost, String serverHost, String serverRealm, String address, int port)
            throws Exception {
        this.serverHost = serverHost;
        this.serverRealm = serverRealm;
        String xml = StackXml.client(clientHost, "client.sleecharging.org", serverHost, serverRealm, address, port,
                Duration.ofSeconds(30));
        sessions = (ISessionFactory) stack.init(new XMLConfiguration(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        ClientSessionFactory factory = new ClientSessionFactory(sessions);
        factory.setClientSessionListener(this);
        sessions.registerAppFacory(ClientCCASession.class, factory);
    }

    private void start() throws Exception {
        stack.start(Mode.ALL_PEERS, 10, TimeUnit.SECONDS);
        awaitPeersOkay(System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
    }

    /**
     * The stack's start returns when its state listener hears OKAY, and jDiameter tells the
     * listeners before it sets the peer's state: a request sent at once can still find the peer
     * in WAIT_CEA and fail without being sent. Wait until every peer is OKAY.
     */
    private void awaitPeersOkay(long deadline) throws InternalException {
        for (Peer peer : stack.unwrap(PeerTable.class).getPeerTable()) {
            while (peer.getState(PeerState.class) != PeerState.OKAY) {
                if (System.nanoTime() - deadline > 0) {
                    throw new InternalException("Peer " + peer.getUri() + " not OKAY after start: " + peer.getState(PeerState.class));
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
            // Like the product's RA: without it a request can wait for the server's delayed ACK.
            TcpNoDelay.apply(peer);
        }
    }

    /** Connects to an OCS (Origin-Host/Realm as configured on it) and waits for CER/CEA. */
    public static RawRoClient connect(String serverHost, String serverRealm, String address, int port) {
        return connect("client-" + Long.toHexString(System.nanoTime()) + ".sleecharging.org", serverHost, serverRealm,
                address, port);
    }

    /**
     * jDiameter 1.7.1 sometimes loses a new stack's first connection: its peer state machine starts
     * its queue threads on an event only while none of them runs yet, and the threads count
     * themselves only once they run, so on a starved CPU a second event starts them again, the
     * statistics registration fails ("Statistic already defined") and the stack never connects. The
     * race is inside one stack: it is torn down and a fresh one tries again, three attempts in all.
     */
    public static RawRoClient connect(String clientHost, String serverHost, String serverRealm, String address, int port) {
        IllegalStateException failure = new IllegalStateException("Cannot connect Ro client to " + address + ":" + port);
        for (int attempt = 1; attempt <= 3; attempt++) {
            RawRoClient client = null;
            try {
                client = new RawRoClient(clientHost, serverHost, serverRealm, address, port);
                client.start();
                return client;
            } catch (Exception e) {
                failure.addSuppressed(e);
                LOG.warn("Ro client to {}:{} not connected on attempt {}: {}", address, port, attempt, e.toString());
                if (client != null) {
                    client.close();
                }
            }
        }
        throw failure;
    }

    /** A new client Session-Id from the stack (RFC 6733 §8.8 format). */
    /** True when every connection of this client has Nagle's algorithm off (TCP_NODELAY). */
    public boolean tcpNoDelay() {
        try {
            for (Peer peer : stack.unwrap(PeerTable.class).getPeerTable()) {
                if (!Boolean.TRUE.equals(TcpNoDelay.isSet(peer))) {
                    return false;
                }
            }
            return true;
        } catch (InternalException e) {
            return false;
        }
    }

    public String newSessionId() {
        try {
            return sessions.getSessionId();
        } catch (Exception e) {
            throw new IllegalStateException("No session id", e);
        }
    }

    /**
     * Sends {@code ccr} on the client Ro session named by its Session-Id (created on first use).
     * The future completes with the CCA, or exceptionally after {@code timeout}; the stock Tx
     * timer is not relied on.
     */
    public CompletableFuture<CreditControlAnswer> send(CreditControlRequest ccr, Duration timeout) {
        CompletableFuture<CreditControlAnswer> result = expect(ccr.sessionId(), timeout);
        try {
            ClientCCASession session = open.computeIfAbsent(ccr.sessionId(), this::newClientSession);
            JCreditControlRequest request = new JCreditControlRequestImpl(session, serverRealm, serverHost);
            RoCodec.encodeRequest(request.getMessage().getAvps(), ccr);
            session.sendCreditControlRequest(request);
        } catch (Exception e) {
            pending.remove(ccr.sessionId(), result);
            result.completeExceptionally(e);
        }
        return result;
    }

    /** Sends {@code ccr} outside any client state machine, with the T flag when {@code retransmit}. */
    public CompletableFuture<CreditControlAnswer> sendRaw(CreditControlRequest ccr, boolean retransmit, Duration timeout) {
        return sendForAnswer(ccr, retransmit, timeout).thenApply(RawRoClient::decode);
    }

    private static CreditControlAnswer decode(Answer answer) {
        try {
            return RoCodec.decodeAnswer(answer);
        } catch (AvpDataException e) {
            throw new IllegalStateException("Unreadable CCA: " + e.getMessage(), e);
        }
    }

    /** {@link #sendRaw}, completing with the answer message as received (tests of the wire format). */
    CompletableFuture<Answer> sendForAnswer(CreditControlRequest ccr, boolean retransmit, Duration timeout) {
        CompletableFuture<Answer> result = new CompletableFuture<Answer>()
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            ClientCCASession existing = open.get(ccr.sessionId());
            Session session = existing != null ? existing.getSessions().get(0) : sessions.getNewSession(ccr.sessionId());
            Request request = session.createRequest(272, CCA, serverRealm, serverHost);
            RoCodec.encodeRequest(request.getAvps(), ccr);
            request.setReTransmitted(retransmit);
            session.send(request, new EventListener<Request, Answer>() {
                @Override
                public void receivedSuccessMessage(Request r, Answer answer) {
                    result.complete(answer);
                }

                @Override
                public void timeoutExpired(Request r) {
                    result.completeExceptionally(new TimeoutException("No CCA for " + ccr.sessionId()));
                }
            });
        } catch (Exception e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    private CompletableFuture<CreditControlAnswer> expect(String sessionId, Duration timeout) {
        CompletableFuture<CreditControlAnswer> result = new CompletableFuture<>();
        CompletableFuture<CreditControlAnswer> previous = pending.put(sessionId, result);
        if (previous != null && !previous.isDone()) {
            previous.completeExceptionally(new IllegalStateException("Superseded by a new request on " + sessionId));
        }
        result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((a, e) -> pending.remove(sessionId, result));
        return result;
    }

    private ClientCCASession newClientSession(String sessionId) {
        try {
            return sessions.getNewAppSession(sessionId, CCA, ClientCCASession.class, (Object[]) null);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create client Ro session " + sessionId, e);
        }
    }

    /** Forgets a finished session's client state; call after a CCR-T or a failed CCR-I. */
    public void release(String sessionId) {
        ClientCCASession s = open.remove(sessionId);
        if (s != null) {
            s.release();
        }
    }

    /** The Session-Id of the next RAR received, or null after {@code timeout}. */
    public String takeReAuthRequest(Duration timeout) throws InterruptedException {
        return reAuthRequests.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The Session-Id of the next ASR received, or null after {@code timeout}. */
    public String takeAbortRequest(Duration timeout) throws InterruptedException {
        return abortRequests.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void doCreditControlAnswer(ClientCCASession session, JCreditControlRequest request, JCreditControlAnswer answer) {
        CompletableFuture<CreditControlAnswer> f = pending.get(session.getSessionId());
        if (f == null) {
            // The stock client delivers a failed event answer twice (answer, then failure handling).
            LOG.debug("CCA on {} with no request outstanding", session.getSessionId());
            return;
        }
        try {
            CreditControlAnswer cca = RoCodec.decodeAnswer(answer.getMessage());
            if (endsSession(cca)) {
                release(session.getSessionId());
            }
            f.complete(cca);
        } catch (Exception e) {
            f.completeExceptionally(e);
        }
    }

    /** After CCA-T, CCA-E or a failed CCA-I/U the client session is idle (RFC 4006 §7): forget it. */
    private static boolean endsSession(CreditControlAnswer cca) {
        return cca.requestType() == RequestType.EVENT || cca.requestType() == RequestType.TERMINATION
                || !ResultCodes.isSuccess(cca.resultCode());
    }

    @Override
    public void doReAuthRequest(ClientCCASession session, ReAuthRequest request) {
        try {
            session.sendReAuthAnswer(new ReAuthAnswerImpl((Request) request.getMessage(), ResultCodes.SUCCESS));
            reAuthRequests.add(session.getSessionId());
        } catch (Exception e) {
            LOG.warn("Cannot answer RAR on {}: {}", session.getSessionId(), e.toString());
        }
    }

    @Override
    public void doOtherEvent(AppSession session, AppRequestEvent request, AppAnswerEvent answer) {
        try {
            if (request != null && request.getCommandCode() == ABORT_SESSION) {
                Answer asa = ((Request) request.getMessage()).createAnswer(ResultCodes.SUCCESS);
                session.getSessions().get(0).send(asa);
                abortRequests.add(session.getSessionId());
                release(session.getSessionId());
            }
        } catch (Exception e) {
            LOG.warn("Cannot answer {} on {}: {}", request, session.getSessionId(), e.toString());
        }
    }

    @Override
    public int getDefaultDDFHValue() {
        return 0;
    }

    @Override
    public int getDefaultCCFHValue() {
        return 0;
    }

    @Override
    public void close() {
        try {
            stack.stop(1, TimeUnit.SECONDS, DisconnectCause.REBOOTING);
        } catch (Exception e) {
            LOG.warn("Ro client stop failed: {}", e.toString());
        } finally {
            stack.destroy();
        }
    }
}
