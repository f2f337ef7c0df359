package org.sleecharging.ra.internal.diameter;

import org.jdiameter.api.Answer;
import org.jdiameter.api.EventListener;
import org.jdiameter.api.InternalException;
import org.jdiameter.api.Request;
import org.jdiameter.api.app.AppSession;
import org.jdiameter.api.app.StateChangeListener;
import org.jdiameter.api.cca.ClientCCASessionListener;
import org.jdiameter.client.api.IMessage;
import org.jdiameter.client.api.ISessionFactory;
import org.jdiameter.client.impl.app.cca.ClientCCASessionImpl;
import org.jdiameter.client.impl.app.cca.IClientCCASessionData;
import org.jdiameter.common.api.app.cca.ICCAMessageFactory;
import org.jdiameter.common.api.app.cca.IClientCCASessionContext;

/**
 * A client Ro session whose RFC 4006 §7 state is kept by the charging engine, not by jDiameter.
 * The stock state machine drops a CCR-UPDATE of a recreated session (IDLE accepts only INITIAL),
 * queues a T-flag retransmission behind the unanswered original, and delivers RAR only in
 * OPEN/PENDING_U; so CCRs go out on the base session with a listener per request, and RAR/ASR
 * are answered here in any state.
 *
 * <p>jDiameter loses the answer (and the MessageTimeOut) of a request whose session was released
 * while it was in flight (its listener touches the released session): a session asked to end is
 * therefore released only when no request of it is outstanding.
 */
final class RoClientSession extends ClientCCASessionImpl {
    private static final long serialVersionUID = 1L;

    /** What the transport does with a server-initiated request on this session. */
    interface ServerRequests {
        void reAuth(RoClientSession session, Request rar);

        void abort(RoClientSession session, Request asr);
    }

    private final transient ServerRequests serverRequests;
    private int outstanding;
    private boolean ending;
    private boolean released;
    private long lastRequestNumber = -1;
    private long lastEndToEnd;
    private long lastAnswered = -1;

    RoClientSession(IClientCCASessionData data, ICCAMessageFactory messages, ISessionFactory sessions,
            ClientCCASessionListener listener, IClientCCASessionContext context, StateChangeListener<AppSession> states,
            ServerRequests serverRequests) {
        super(data, messages, sessions, listener, context, states);
        this.serverRequests = serverRequests;
    }

    /** Claims the session for one request; false if it was already released (the caller makes a new one). */
    synchronized boolean begin() {
        if (released) {
            return false;
        }
        outstanding++;
        ending = false;
        return true;
    }

    /**
     * Keeps the End-to-End Identifier across a retransmission (RFC 6733 §3: the T flag marks the same
     * request, which keeps its End-to-End Identifier) and remembers it for the next one.
     */
    synchronized void stampEndToEnd(Request request, long ccRequestNumber, boolean retransmission) {
        if (retransmission && ccRequestNumber == lastRequestNumber) {
            ((IMessage) request).setEndToEndIdentifier(lastEndToEnd);
        }
        lastRequestNumber = ccRequestNumber;
        lastEndToEnd = request.getEndToEndIdentifier();
    }

    /** An answer came for the request with this CC-Request-Number. */
    synchronized void answered(long ccRequestNumber) {
        lastAnswered = Math.max(lastAnswered, ccRequestNumber);
    }

    /** Whether a request with this number (or a later one) was answered: e.g. its retransmission. */
    synchronized boolean wasAnswered(long ccRequestNumber) {
        return lastAnswered >= ccRequestNumber;
    }

    /** Continues the End-to-End memory of an earlier session with this Session-Id ({number, id}). */
    synchronized void seed(long[] numberAndEndToEnd) {
        lastRequestNumber = numberAndEndToEnd[0];
        lastEndToEnd = numberAndEndToEnd[1];
    }

    /** {CC-Request-Number, End-to-End id} of the last request sent, or null if none was. */
    synchronized long[] last() {
        return lastRequestNumber < 0 ? null : new long[] {lastRequestNumber, lastEndToEnd};
    }

    /** Sends on the base session; jDiameter calls {@code listener} once with the answer or on MessageTimeOut. */
    void send(Request request, EventListener<Request, Answer> listener, long timeoutMillis) throws InternalException {
        try {
            getSessions().get(0).send(request, listener, timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InternalException e) {
            throw e;
        } catch (Exception e) {
            throw new InternalException(e);
        }
    }

    /**
     * One request finished. Returns true when this released the session: it was asked to end
     * ({@code end} now or earlier) and nothing else is outstanding.
     */
    synchronized boolean finish(boolean end) {
        outstanding--;
        ending |= end;
        return releaseIfIdle();
    }

    /** The session ended (ASR, transport closing): release now, or when the last outstanding request finishes. */
    synchronized boolean end() {
        ending = true;
        return releaseIfIdle();
    }

    private boolean releaseIfIdle() {
        if (!ending || outstanding > 0 || released) {
            return false;
        }
        released = true;
        release();
        return true;
    }

    synchronized boolean isReleased() {
        return released;
    }

    @Override
    public Answer processRequest(Request request) {
        if (request.getCommandCode() == RoAvps.RE_AUTH) {
            serverRequests.reAuth(this, request);
            return null;
        }
        if (request.getCommandCode() == RoAvps.ABORT_SESSION) {
            serverRequests.abort(this, request);
            return null;
        }
        // RFC 6733 §7.1.3: DIAMETER_COMMAND_UNSUPPORTED for a command this application does not serve.
        return request.createAnswer(3001);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
