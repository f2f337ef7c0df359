package org.sleecharging.ra.engine;

import java.util.Iterator;

import org.sleecharging.events.SessionEnded;
import org.sleecharging.events.value.SessionEndedCause;
import org.sleecharging.ra.engine.ro.DirectDebitingFailureHandling;
import org.sleecharging.ra.engine.ro.FailureHandling;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.state.SessionEvent;

/**
 * RFC 4006 client failure handling (§5.7, §8.14, §8.15), under the session's lock: failover of a
 * failed CCR to the other peer, Credit-Control-Failure-Handling of session-based requests and
 * Direct-Debiting-Failure-Handling of EVENT requests. The package documentation states the
 * semantics.
 */
final class FailureHandler {

    private FailureHandler() {
    }

    /**
     * RFC 4006 §5.7: re-sends the failed leg once, with the T flag, to the other peer when the
     * session allows failover; the session then stays on that peer. True if re-sent.
     */
    static boolean failover(EngineSession session, RoExchange exchange, int index, Effects effects) {
        RoRequest ccr = exchange.requests.get(index);
        if (!exchange.mayRetransmit(index)
                || !session.failover.allowsFailover(session.context.sla.secondaryPeer(), ccr.type())) {
            return false;
        }
        RoRequest copy = ccr.retransmittedTo(ccr.route().other());
        exchange.retransmit(index, copy);
        session.failover = session.failover.failedOverTo(copy.route());
        effects.resend(exchange, index, exchange.attempt(index), copy);
        return true;
    }

    /** Whether a failed reservation request ends the charging session (§8.14 TERMINATE, RETRY_AND_TERMINATE). */
    static boolean terminates(EngineSession session) {
        return session.failover.handling() != FailureHandling.CONTINUE;
    }

    /**
     * §8.14 TERMINATE / RETRY_AND_TERMINATE after the Err was decided: the failed Ro sessions are
     * closed locally (no further CCR on them), usage they carried is handed to the RA's alarm rather
     * than lost silently, the other legs send CCR-TERMINATION, and the charging session ends.
     */
    static void terminate(EngineSession session, RoExchange exchange, Effects effects) {
        for (int i = 0; i < exchange.requests.size(); i++) {
            if (exchange.failures[i] == null) {
                continue;
            }
            RoRequest ccr = exchange.requests.get(i);
            if (!ccr.used().isNone()) {
                session.markReported(ccr.used());
                effects.unconfirmed(ccr, "usage not confirmed by the OCS (" + exchange.failures[i]
                        + "); Credit-Control-Failure-Handling " + session.failover.handling() + " closed the Ro session");
            }
            session.closeLeg(i);
        }
        effects.merge(session.end(SessionEvent.CREDIT_CONTROL_FAILED));
        effects.event(new SessionEnded(session.id, SessionEndedCause.UNDEFINED));
    }

    /**
     * §8.15 for a direct debit or credit with a failed leg. A debit is granted (Res) under CONTINUE,
     * and under TERMINATE_OR_BUFFER when the OCS may have debited (Tx timer, transport); the latter
     * keeps the request to re-send with the T flag. A refund, an OCS refusal on any leg, or a debit
     * known not to have happened (3xxx) under TERMINATE_OR_BUFFER gets an Err.
     */
    static Effects direct(EngineSession session, RoExchange exchange) {
        DirectDebitingFailureHandling handling = session.context.sla.directDebitingFailureHandling();
        boolean refused = false;
        boolean notDebited = false;
        for (int i = 0; i < exchange.requests.size(); i++) {
            refused |= exchange.answers[i] != null && !exchange.answers[i].resultCode().isSuccess();
            notDebited |= exchange.failures[i] != null && !exchange.failures[i].outcomeUnknown();
        }
        boolean granted = exchange.request.operation().isDebit() && !refused
                && (handling == DirectDebitingFailureHandling.CONTINUE || !notDebited);
        Effects effects = granted ? AnswerApplier.directRes(session, exchange)
                : session.complete(new Effects(), AnswerApplier.failure(session, exchange, "Direct-Debiting-Failure-Handling "
                        + handling + (refused || notDebited ? "" : ": outcome unknown")));
        for (int i = 0; i < exchange.requests.size(); i++) {
            RoFailure failure = exchange.failures[i];
            if (failure == null) {
                continue;
            }
            RoRequest ccr = exchange.requests.get(i);
            if (granted && handling == DirectDebitingFailureHandling.TERMINATE_OR_BUFFER) {
                session.buffered.add(ccr.retransmittedTo(ccr.route()));
                effects.changed = true;
            } else if (granted) {
                effects.unconfirmed(ccr, "not charged (" + failure + "): Direct-Debiting-Failure-Handling CONTINUE "
                        + "granted the service and dropped the request");
            } else if (failure.outcomeUnknown()) {
                effects.unconfirmed(ccr, "outcome unknown (" + failure + "); the SBB was told the request failed");
            }
        }
        return effects;
    }

    /**
     * A usage report settled: CCR-TERMINATION, or buffered EVENT requests re-sent with the T flag.
     * A buffered request leaves the buffer once the OCS answered it; while the session lives, a
     * failed one stays for the next flush. Anything the OCS did not confirm goes to the RA's alarm.
     */
    static void usageReported(EngineSession session, RoExchange exchange, Effects effects) {
        for (int i = 0; i < exchange.requests.size(); i++) {
            RoRequest ccr = exchange.requests.get(i);
            RoFailure failure = exchange.failures[i];
            if (ccr.type() != RequestType.EVENT) {
                if (!exchange.succeeded(i)) {
                    effects.unconfirmed(ccr, failure != null ? failure.reason : "OCS answered " + exchange.answers[i].resultCode());
                }
                continue;
            }
            if (failure != null && !session.state.isTerminal()) {
                continue;
            }
            remove(session, ccr);
            effects.changed = true;
            if (failure != null) {
                effects.unconfirmed(ccr, "buffered request never confirmed (" + failure + "); the SBB was told it succeeded");
            } else if (!exchange.succeeded(i)) {
                effects.unconfirmed(ccr, "OCS answered " + exchange.answers[i].resultCode()
                        + " to a buffered request the SBB was told succeeded");
            }
        }
        if (exchange == session.bufferFlush) {
            session.bufferFlush = null;
        }
    }

    private static void remove(EngineSession session, RoRequest ccr) {
        for (Iterator<RoRequest> it = session.buffered.iterator(); it.hasNext();) {
            if (it.next().roSessionId().equals(ccr.roSessionId())) {
                it.remove();
                return;
            }
        }
    }
}
