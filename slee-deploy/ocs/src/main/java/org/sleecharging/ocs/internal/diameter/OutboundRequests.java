package org.sleecharging.ocs.internal.diameter;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.jdiameter.api.Answer;
import org.jdiameter.api.EventListener;
import org.jdiameter.api.Message;
import org.jdiameter.api.Request;
import org.jdiameter.api.Session;
import org.jdiameter.api.cca.ServerCCASession;
import org.jdiameter.common.impl.app.auth.ReAuthRequestImpl;

/** Server-initiated requests on a live Ro session: RAR through the CCA session, ASR on its base session. */
final class OutboundRequests {
    private static final int RE_AUTH = 258;
    private static final int ABORT_SESSION = 274;
    /** Re-Auth-Request-Type AUTHORIZE_ONLY (RFC 6733 §8.12), the value RFC 4006 §5.5 requires. */
    private static final int AUTHORIZE_ONLY = 0;

    private final Map<String, CompletableFuture<Long>> pendingReAuth = new ConcurrentHashMap<>();

    CompletableFuture<Long> reAuth(ServerCCASession session, String host, String realm) {
        CompletableFuture<Long> result = new CompletableFuture<>();
        try {
            Request rar = newRequest(session, RE_AUTH, host, realm);
            rar.getAvps().addAvp(Avps.RE_AUTH_REQUEST_TYPE, AUTHORIZE_ONLY, true, false);
            pendingReAuth.put(session.getSessionId(), result);
            session.sendReAuthRequest(new ReAuthRequestImpl(rar));
        } catch (Exception e) {
            pendingReAuth.remove(session.getSessionId());
            result.completeExceptionally(e);
        }
        return result;
    }

    void answered(String sessionId, Message answer) {
        CompletableFuture<Long> f = pendingReAuth.remove(sessionId);
        if (f != null) {
            complete(f, answer);
        }
    }

    CompletableFuture<Long> abort(ServerCCASession session, String host, String realm) {
        CompletableFuture<Long> result = new CompletableFuture<>();
        try {
            Request asr = newRequest(session, ABORT_SESSION, host, realm);
            session.getSessions().get(0).send(asr, new EventListener<Request, Answer>() {
                @Override
                public void receivedSuccessMessage(Request request, Answer answer) {
                    complete(result, answer);
                }

                @Override
                public void timeoutExpired(Request request) {
                    result.completeExceptionally(new TimeoutException("No ASA on " + session.getSessionId()));
                }
            });
        } catch (Exception e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    private static Request newRequest(ServerCCASession session, int command, String host, String realm) {
        Session base = session.getSessions().get(0);
        Request request = base.createRequest(command, DiameterServer.CCA, realm, host);
        if (request.getAvps().getAvp(Avps.AUTH_APPLICATION_ID) == null) {
            request.getAvps().addAvp(Avps.AUTH_APPLICATION_ID, 4L, true, false, true);
        }
        return request;
    }

    private static void complete(CompletableFuture<Long> f, Message answer) {
        try {
            f.complete(answer.getAvps().getAvp(Avps.RESULT_CODE).getUnsigned32());
        } catch (Exception e) {
            f.completeExceptionally(e);
        }
    }
}
