package org.sleecharging.ra.internal.diameter;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jdiameter.api.Answer;
import org.jdiameter.api.AvpDataException;
import org.jdiameter.api.EventListener;
import org.jdiameter.api.Request;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.RoTransportException;

/**
 * One CCR on the wire. Whatever comes first settles it, exactly once: the CCA, jDiameter's
 * MessageTimeOut, the peer going down or the transport closing.
 */
final class PendingCcr implements EventListener<Request, Answer> {

    /** Told once when the exchange settled, to release what it held. */
    interface Settled {
        void settled(PendingCcr pending, boolean sessionEnds, boolean answered);
    }

    private final RoRequest request;
    private final RoClientSession session;
    private final CompletableFuture<RoAnswer> result;
    private final Settled settled;
    private final AtomicBoolean done = new AtomicBoolean();

    PendingCcr(RoRequest request, RoClientSession session, CompletableFuture<RoAnswer> result, Settled settled) {
        this.request = request;
        this.session = session;
        this.result = result;
        this.settled = settled;
    }

    RoRequest request() {
        return request;
    }

    RoClientSession session() {
        return session;
    }

    @Override
    public void receivedSuccessMessage(Request ccr, Answer cca) {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        RoAnswer answer;
        try {
            answer = CcaDecoder.decode(cca, request);
        } catch (AvpDataException | IllegalArgumentException e) {
            settled.settled(this, true, true);
            result.completeExceptionally(new RoTransportException(request.roSessionId(),
                    "undecodable CCA for " + request + ": " + e.getMessage(), e));
            return;
        }
        settled.settled(this, endsSession(answer), true);
        result.complete(answer);
    }

    @Override
    public void timeoutExpired(Request ccr) {
        fail("no CCA within jDiameter's MessageTimeOut", null);
    }

    /** Settles with a transport failure; the session ends (a retransmission recreates it). */
    void fail(String reason, Throwable cause) {
        if (done.compareAndSet(false, true)) {
            settled.settled(this, true, false);
            result.completeExceptionally(new RoTransportException(request.roSessionId(), reason + " (" + request + ")", cause));
        }
    }

    boolean isDone() {
        return done.get();
    }

    /** RFC 4006 §7: after CCA-T, CCA-E or a failed CCA-I the client session is idle; after ASR it is gone. */
    private boolean endsSession(RoAnswer answer) {
        RequestType type = request.type();
        return type == RequestType.TERMINATION || type == RequestType.EVENT
                || (type == RequestType.INITIAL && !answer.resultCode().isSuccess());
    }
}
