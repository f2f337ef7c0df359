package org.sleecharging.ra.internal.diameter;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jdiameter.api.ApplicationId;
import org.jdiameter.api.IllegalDiameterStateException;
import org.jdiameter.api.InternalException;
import org.jdiameter.api.OverloadException;
import org.jdiameter.api.Request;
import org.jdiameter.api.RouteException;
import org.jdiameter.api.cca.ClientCCASession;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoNetworkListener;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.RoTransport;
import org.sleecharging.ra.engine.ro.RoTransportException;
import org.sleecharging.ra.engine.ro.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Ro transport over a started jDiameter client stack ({@link ClientStack}). Never blocks the
 * caller: each CCR is encoded and queued to jDiameter, and its stage settles on jDiameter's
 * threads. Client sessions are created on first use of a Session-Id and released when RFC 4006
 * §7 ends them (CCA-T, CCA-E, failed CCA-I, ASR) or when their request got no answer.
 */
final class JDiameterRoTransport implements RoTransport, RoClientSession.ServerRequests, PendingCcr.Settled,
        PeerMonitor.Changes {
    private static final Logger LOG = LoggerFactory.getLogger(JDiameterRoTransport.class);
    static final ApplicationId CREDIT_CONTROL = ApplicationId.createByAuthAppId(RoAvps.CREDIT_CONTROL_APPLICATION);
    private static final long SUCCESS = 2001;

    private final RoClientConfig config;
    private final RoNetworkListener listener;
    private final CcrEncoder encoder;
    private final ConcurrentMap<String, RoClientSession> open = new ConcurrentHashMap<String, RoClientSession>();
    private final Set<PendingCcr> inFlight = ConcurrentHashMap.newKeySet();
    private final RetransmissionMemory unanswered = new RetransmissionMemory(10000);
    private volatile ClientStack stack;
    private volatile boolean closed;
    /**
     * The 64-bit value of RFC 6733 §8.8 Session-Ids: high 32 bits the start time in seconds, low 32
     * bits a random start (two RA entities with one Origin-Host started in the same second do not
     * begin at the same value), incremented per session. jDiameter's own generator looks the
     * Origin-Host up in its component container on every call.
     */
    private final AtomicLong sessionIds = new AtomicLong(
            (System.currentTimeMillis() / 1000) << 32 | (new SecureRandom().nextInt() & 0xFFFFFFFFL));

    JDiameterRoTransport(RoClientConfig config, RoNetworkListener listener) {
        this.config = config;
        this.listener = listener;
        this.encoder = new CcrEncoder(config);
    }

    void attach(ClientStack started) {
        this.stack = started;
    }

    @Override
    public String newSessionId() {
        // <Origin-Host>;<high 32 bits>;<low 32 bits>, RFC 6733 §8.8.
        long value = sessionIds.incrementAndGet();
        return config.originHost() + ';' + (value >>> 32) + ';' + (value & 0xFFFFFFFFL);
    }

    @Override
    public CompletionStage<RoAnswer> send(RoRequest request) {
        CompletableFuture<RoAnswer> result = new CompletableFuture<RoAnswer>();
        RoPeer peer = request.route() == Route.PRIMARY ? config.primary() : config.secondary();
        if (closed) {
            return failed(result, request, "the Ro transport is closed");
        }
        if (peer == null) {
            return failed(result, request, "no " + request.route() + " OCS peer is configured");
        }
        if (!stack.peers().isUp(request.route())) {
            return failed(result, request, "the " + request.route() + " OCS peer " + peer + " is down");
        }
        RoClientSession session;
        try {
            session = claim(request.roSessionId());
        } catch (IllegalStateException e) {
            return failed(result, request, e.getMessage());
        }
        PendingCcr pending = new PendingCcr(request, session, result, this);
        Request ccr;
        try {
            ccr = session.getSessions().get(0).createRequest(RoAvps.CREDIT_CONTROL, CREDIT_CONTROL,
                    config.destinationRealm(), peer.host());
            encoder.encode(ccr, request);
        } catch (IllegalArgumentException | IllegalStateException e) {
            pending.fail("cannot encode the CCR: " + e.getMessage(), e);
            return result;
        }
        session.stampEndToEnd(ccr, request.ccRequestNumber(), request.isRetransmission());
        inFlight.add(pending);
        if (closed || !stack.peers().isUp(request.route())) {
            pending.fail(closed ? "the Ro transport is closed" : "the " + request.route() + " OCS peer went down", null);
            return result;
        }
        try {
            session.send(ccr, pending, config.messageTimeoutMillis());
        } catch (InternalException e) {
            pending.fail("jDiameter could not send the CCR to " + peer + ": " + e.getMessage(), e);
        }
        return result;
    }

    private static CompletionStage<RoAnswer> failed(CompletableFuture<RoAnswer> result, RoRequest request, String reason) {
        result.completeExceptionally(new RoTransportException(request.roSessionId(), reason + " (" + request + ")", null));
        return result;
    }

    /** The live client session of this Session-Id, created when unseen (also for a recreated session). */
    private RoClientSession claim(String sessionId) {
        while (true) {
            RoClientSession session = open.computeIfAbsent(sessionId, this::newSession);
            if (session.begin()) {
                return session;
            }
            open.remove(sessionId, session);
        }
    }

    private RoClientSession newSession(String sessionId) {
        try {
            RoClientSession session = (RoClientSession) stack.sessions().getNewAppSession(sessionId, CREDIT_CONTROL,
                    ClientCCASession.class, (Object[]) null);
            long[] earlier = unanswered.take(sessionId);
            if (earlier != null) {
                session.seed(earlier);
            }
            return session;
        } catch (InternalException e) {
            throw new IllegalStateException("jDiameter cannot create client Ro session " + sessionId, e);
        }
    }

    @Override
    public void settled(PendingCcr pending, boolean sessionEnds, boolean answered) {
        inFlight.remove(pending);
        RoClientSession session = pending.session();
        long number = pending.request().ccRequestNumber();
        boolean ends = sessionEnds;
        if (answered) {
            session.answered(number);
        } else if (session.wasAnswered(number)) {
            ends = false; // its retransmission was answered: the session lives on
        }
        if (session.finish(ends)) {
            open.remove(session.getSessionId(), session);
            long[] last = session.last();
            if (!answered && last != null) {
                unanswered.remember(session.getSessionId(), last[0], last[1]);
            }
        }
    }

    @Override
    public void changed(Route route, boolean up) {
        if (!up) {
            for (PendingCcr pending : new ArrayList<PendingCcr>(inFlight)) {
                if (pending.request().route() == route) {
                    pending.fail("the " + route + " OCS peer went down", null);
                }
            }
        }
        listener.peerStateChanged(route, up);
    }

    @Override
    public void reAuth(RoClientSession session, Request rar) {
        // RFC 4006 §5.5: answer at once, then the engine sends CCR-U to re-authorise.
        if (answer(session, rar)) {
            listener.reauthRequested(session.getSessionId());
        }
    }

    @Override
    public void abort(RoClientSession session, Request asr) {
        // RFC 6733 §8.5.2: the session is torn down; its charging is settled by the engine.
        if (answer(session, asr)) {
            if (session.end()) {
                open.remove(session.getSessionId(), session);
            }
            listener.sessionAborted(session.getSessionId());
        }
    }

    /**
     * Sends a 2001 answer to a server-initiated request. jDiameter's network thread is the caller,
     * so a send failure cannot be handed back: it is logged with the session, and the server's own
     * timer handles the missing answer.
     */
    private static boolean answer(RoClientSession session, Request request) {
        try {
            session.getSessions().get(0).send(request.createAnswer(SUCCESS));
            return true;
        } catch (InternalException | IllegalDiameterStateException | RouteException | OverloadException e) {
            LOG.warn("Cannot answer command {} on Ro session {}: {}", request.getCommandCode(), session.getSessionId(), e.toString());
            return false;
        }
    }

    @Override
    public boolean isPeerUp(Route peer) {
        return !closed && stack.peers().isUp(peer);
    }

    @Override
    public int openSessionCount() {
        return open.size();
    }

    /** Fails what is in flight, releases every session, disconnects (DPR) and stops jDiameter's threads. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (PendingCcr pending : new ArrayList<PendingCcr>(inFlight)) {
            pending.fail("the Ro transport is closed", null);
        }
        List<RoClientSession> sessions = new ArrayList<RoClientSession>(open.values());
        for (RoClientSession session : sessions) {
            session.end();
        }
        open.clear();
        stack.stop();
    }

    /** TCP_NODELAY of the route's current connection; null while it has none. */
    Boolean tcpNoDelay(Route peer) {
        return stack.peers().noDelay(peer);
    }

    /** jDiameter threads of this transport's stack still running; empty after {@link #close()}. */
    List<Thread> aliveStackThreads() {
        return stack.aliveThreads();
    }
}
