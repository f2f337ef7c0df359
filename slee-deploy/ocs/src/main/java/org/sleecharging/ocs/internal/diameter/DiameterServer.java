package org.sleecharging.ocs.internal.diameter;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdiameter.api.Answer;
import org.jdiameter.api.ApplicationId;
import org.jdiameter.api.AvpDataException;
import org.jdiameter.api.DisconnectCause;
import org.jdiameter.api.Network;
import org.jdiameter.api.NetworkReqListener;
import org.jdiameter.api.Peer;
import org.jdiameter.api.LocalAction;
import org.jdiameter.client.api.IContainer;
import org.jdiameter.client.api.IMessage;
import org.jdiameter.client.api.controller.IRealmTable;
import org.jdiameter.server.api.IMutablePeerTable;
import org.jdiameter.server.api.agent.IAgentConfiguration;
import org.jdiameter.api.Request;
import org.jdiameter.api.Stack;
import org.jdiameter.api.app.AppAnswerEvent;
import org.jdiameter.api.app.AppRequestEvent;
import org.jdiameter.api.app.AppSession;
import org.jdiameter.api.auth.events.ReAuthAnswer;
import org.jdiameter.api.auth.events.ReAuthRequest;
import org.jdiameter.api.cca.ServerCCASession;
import org.jdiameter.api.cca.ServerCCASessionListener;
import org.jdiameter.api.cca.events.JCreditControlRequest;
import org.jdiameter.client.api.ISessionFactory;
import org.jdiameter.common.impl.app.cca.JCreditControlAnswerImpl;
import org.jdiameter.server.impl.StackImpl;
import org.jdiameter.server.impl.helpers.XMLConfiguration;
import org.sleecharging.ocs.CreditControlAnswer;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.Fault;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.ResultCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thin jDiameter layer: a server stack with Ro sessions that decodes each CCR, asks the
 * {@link CcrHandler}, and encodes the answer. With a null handler it is the "trivial" baseline
 * server: it answers 2001 echoing CC-Request-Type/-Number without decoding anything else.
 */
public final class DiameterServer implements NetworkReqListener, ServerCCASessionListener {
    private static final Logger LOG = LoggerFactory.getLogger(DiameterServer.class);
    static final ApplicationId CCA = ApplicationId.createByAuthAppId(4);

    private final CcrHandler handler;
    private final Stack stack = new StackImpl();
    private final Map<String, SerialServerCcaSession> live = new ConcurrentHashMap<>();
    private final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ocs-delayed-answers");
        t.setDaemon(true);
        return t;
    });
    private final java.util.Set<String> knownRealms = ConcurrentHashMap.newKeySet();
    private ISessionFactory sessions;
    private String originHost;
    private String originRealm;
    private final OutboundRequests outbound = new OutboundRequests();
    private final AcceptedConnections connections = new AcceptedConnections();

    public DiameterServer(CcrHandler handler) {
        this.handler = handler;
    }

    /** Starts the stack listening on {@code address:port}; listeners are registered before start (else the CEA carries no application). */
    public void start(String host, String realm, String address, int port, java.time.Duration messageTimeout) {
        originHost = host;
        originRealm = realm;
        try {
            String xml = StackXml.server(host, realm, address, port, messageTimeout);
            sessions = (ISessionFactory) stack.init(new XMLConfiguration(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
            RoSessionFactory factory = new RoSessionFactory(sessions);
            factory.setServerSessionListener(this);
            sessions.registerAppFacory(ServerCCASession.class, factory);
            stack.unwrap(Network.class).addNetworkReqListener(this, CCA);
            stack.start();
            connections.attach(component(IMutablePeerTable.class));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start Diameter server on " + address + ":" + port, e);
        }
    }

    /** Stops and destroys the stack; the listening socket is closed when this returns. */
    public void stop() {
        try {
            connections.stopAccepting(); // before the DPRs: a client reconnecting at once finds nothing listening
            stack.stop(1, TimeUnit.SECONDS, DisconnectCause.REBOOTING);
        } catch (Exception e) {
            LOG.warn("Diameter stack stop failed: {}", e.toString());
        } finally {
            stack.destroy();
            connections.dropAll();
            delays.shutdownNow();
            live.clear();
        }
    }

    /**
     * A request for a Session-Id the stack does not know. CCR-I and CCR-E start a server Ro
     * session. A CCR-U/T here is a retransmission after the session ended, or a session that
     * outlived a restart: the stock state machine would answer 5002 from IDLE, so the engine
     * answers it directly (replaying the original answer when it is a retransmission).
     */
    @Override
    public Answer processRequest(Request request) {
        String sessionId = null;
        try {
            sessionId = request.getSessionId();
            org.jdiameter.api.Avp type = request.getAvps().getAvp(Avps.CC_REQUEST_TYPE);
            int requestType = type == null ? 0 : type.getInteger32();
            if (handler != null && (requestType == RequestType.UPDATE.code() || requestType == RequestType.TERMINATION.code())) {
                return answerOutsideSession(request);
            }
            ServerCCASession session = sessions.getNewAppSession(sessionId, CCA, ServerCCASession.class,
                    (Object[]) null);
            return ((NetworkReqListener) session).processRequest(request);
        } catch (Exception e) {
            LOG.warn("Cannot serve request on {}: {}", sessionId, e.toString());
            return request.createAnswer(ResultCodes.UNABLE_TO_DELIVER);
        }
    }

    private Answer answerOutsideSession(Request request) throws Exception {
        CreditControlRequest ccr = RoCodec.decodeRequest(request);
        CcrHandler.Reply reply = handler.onRequest(ccr);
        if (reply.fault() == Fault.DROP_ANSWER) {
            return null;
        }
        if (reply.fault() == Fault.CLOSE_CONNECTION) {
            disconnect(request.getAvps().getAvp(Avps.ORIGIN_HOST).getDiameterIdentity());
            return null;
        }
        Answer answer = request.createAnswer(reply.answer().resultCode());
        // RFC 6733 §6.2: the stack adds Origin-Host/-Realm only to messages a session sends.
        answer.getAvps().addAvp(Avps.ORIGIN_HOST, originHost, true, false, true);
        answer.getAvps().addAvp(Avps.ORIGIN_REALM, originRealm, true, false, true);
        RoCodec.encodeAnswer(answer.getAvps(), reply.answer());
        return answer;
    }

    @Override
    public void doCreditControlRequest(ServerCCASession session, JCreditControlRequest event) {
        try {
            Request request = (Request) event.getMessage();
            if (handler == null) {
                answerTrivially(session, request);
                return;
            }
            CreditControlRequest ccr = RoCodec.decodeRequest(request);
            remember(session, request, ccr);
            CcrHandler.Reply reply = handler.onRequest(ccr);
            deliver(session, request, reply);
        } catch (Exception e) {
            LOG.warn("CCR on session {} failed: {}", session.getSessionId(), e.toString());
        }
    }

    private void remember(ServerCCASession session, Request request, CreditControlRequest ccr) throws Exception {
        SerialServerCcaSession ro = (SerialServerCcaSession) session;
        if (ccr.requestType() == RequestType.TERMINATION || ccr.requestType() == RequestType.EVENT) {
            live.remove(ccr.sessionId());
        } else if (ro.client() == null) {
            // Once per session: its peer and realm do not change between its requests.
            String host = ccr.originHost();
            if (host == null) {
                throw new AvpDataException("Missing AVP " + Avps.ORIGIN_HOST);
            }
            String realm = request.getAvps().getAvp(Avps.ORIGIN_REALM).getDiameterIdentity();
            knowRealm(realm, host);
            ro.client(host, realm);
            live.put(ccr.sessionId(), ro);
        }
    }

    /**
     * Server-initiated RAR/ASR are routed by Destination-Realm first, and clients connect as
     * undefined peers from realms the static configuration cannot know: add each client's realm
     * to the realm table the first time it is seen.
     */
    private void knowRealm(String realm, String host) throws Exception {
        if (knownRealms.add(realm)) {
            IRealmTable table = component(IRealmTable.class);
            if (!table.realmExists(realm)) {
                table.addRealm(realm, CCA, LocalAction.LOCAL, (IAgentConfiguration) null, false, 1, new String[] {host});
            }
        }
    }

    private void deliver(ServerCCASession session, Request request, CcrHandler.Reply reply) throws Exception {
        Fault fault = reply.fault();
        if (fault == null || fault == Fault.ANSWER_RESULT_CODE) {
            send(session, request, reply.answer());
        } else if (fault == Fault.DELAY_ANSWER) {
            delays.schedule(() -> {
                try {
                    send(session, request, reply.answer());
                } catch (Exception e) {
                    LOG.warn("Delayed CCA on {} failed: {}", session.getSessionId(), e.toString());
                }
            }, reply.delay().toMillis(), TimeUnit.MILLISECONDS);
        } else if (fault == Fault.CLOSE_CONNECTION) {
            disconnect(request.getAvps().getAvp(264).getDiameterIdentity());
        }
    }

    private void send(ServerCCASession session, Request request, CreditControlAnswer answer) throws Exception {
        JCreditControlAnswerImpl cca = RoAnswer.of(request, answer);
        RoCodec.encodeAnswer(cca.getMessage().getAvps(), answer);
        session.sendCreditControlAnswer(cca);
        releaseTimer(cca);
    }

    /**
     * jDiameter schedules a MessageTimeOut timer for every message a session sends, answers
     * included, and nothing cancels an answer's: each answer with its AVP tree would stay
     * reachable from the scheduler queue for MessageTimeOut (5 s by default), which under load is
     * a live set of hundreds of thousands of messages that every young GC copies. No answer is
     * ever answered, so its timer has nothing to supervise.
     */
    private static void releaseTimer(JCreditControlAnswerImpl cca) throws Exception {
        ((IMessage) cca.getMessage()).clearTimer();
    }

    private void answerTrivially(ServerCCASession session, Request request) throws Exception {
        JCreditControlAnswerImpl cca = new JCreditControlAnswerImpl(request, ResultCodes.SUCCESS);
        org.jdiameter.api.AvpSet a = cca.getMessage().getAvps();
        a.removeAvp(416);
        a.removeAvp(415);
        a.addAvp(416, request.getAvps().getAvp(416).getInteger32(), true, false);
        a.addAvp(415, request.getAvps().getAvp(415).getUnsigned32(), true, false, true);
        session.sendCreditControlAnswer(cca);
        releaseTimer(cca);
    }

    private void disconnect(String originHost) throws Exception {
        for (Peer peer : component(IMutablePeerTable.class).getPeerTable()) {
            if (peer.getUri().getFQDN().equals(originHost)) {
                peer.disconnect(DisconnectCause.REBOOTING);
                return;
            }
        }
        LOG.warn("No connected peer {} to disconnect", originHost);
    }

    /** TCP_NODELAY of each connected peer's socket, by Origin-Host (null: no socket right now). */
    Map<String, Boolean> tcpNoDelayByPeer() {
        Map<String, Boolean> byPeer = new TreeMap<>();
        for (Peer peer : component(IMutablePeerTable.class).getPeerTable()) {
            byPeer.put(peer.getUri().getFQDN(), TcpNoDelay.isSet(peer));
        }
        return byPeer;
    }

    /** The server stack's own components; its unwrap() only knows a few interfaces in this version. */
    private <T> T component(Class<T> type) {
        T c = ((IContainer) stack).getAssemblerFacility().getComponentInstance(type);
        if (c == null) {
            throw new IllegalStateException("jDiameter stack has no " + type.getName());
        }
        return c;
    }

    /** Sends RAR (RFC 4006 §5.5) on a live session; completes with the RAA's Result-Code. */
    public CompletableFuture<Long> sendReAuthRequest(String sessionId) {
        SerialServerCcaSession session = liveSession(sessionId);
        String[] peer = session.client();
        return outbound.reAuth(session, peer[0], peer[1]);
    }

    /** Sends ASR (RFC 6733 §8.5) on a live session; completes with the ASA's Result-Code. */
    public CompletableFuture<Long> sendAbortSession(String sessionId) {
        SerialServerCcaSession session = liveSession(sessionId);
        String[] peer = session.client();
        return outbound.abort(session, peer[0], peer[1]);
    }

    private SerialServerCcaSession liveSession(String sessionId) {
        SerialServerCcaSession session = live.get(sessionId);
        if (session == null) {
            throw new IllegalArgumentException("No live Ro session " + sessionId);
        }
        return session;
    }

    @Override
    public void doReAuthAnswer(ServerCCASession session, ReAuthRequest request, ReAuthAnswer answer) {
        try {
            outbound.answered(session.getSessionId(), answer.getMessage());
        } catch (Exception e) {
            LOG.warn("Unreadable RAA on {}: {}", session.getSessionId(), e.toString());
        }
    }

    @Override
    public void doOtherEvent(AppSession session, AppRequestEvent request, AppAnswerEvent answer) {
        LOG.warn("Unexpected event on {}: request {} answer {}", session.getSessionId(), request, answer);
    }
}
