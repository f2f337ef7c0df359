package org.sleecharging.ra.engine;

import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;

import org.sleecharging.events.ChargingEvent;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoClientPort;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.RoTransportException;

/**
 * Carries out what a session decided, outside its lock: reports events, replicates or ends the
 * session, sends CCRs with the RA's own Tx timer (RFC 4006 §13), and feeds answers and failures
 * back to the session under its lock, where {@link FailureHandler} decides on failover.
 */
final class EffectRunner {

    private final SlaConfig sla;
    private final RoClientPort port;
    private final EngineListener listener;
    private final Scheduler scheduler;
    private final Map<ChargingSessionId, EngineSession> sessions;

    EffectRunner(SlaConfig sla, RoClientPort port, EngineListener listener, Scheduler scheduler,
            Map<ChargingSessionId, EngineSession> sessions) {
        this.sla = sla;
        this.port = port;
        this.listener = listener;
        this.scheduler = scheduler;
        this.sessions = sessions;
    }

    /** Events first (a Res precedes the activity end), then replication or end, then CCRs. */
    void run(EngineSession session, Effects effects) {
        for (ChargingEvent event : effects.events) {
            listener.onEvent(event);
        }
        for (Effects.UnconfirmedRequest unconfirmed : effects.unconfirmed) {
            listener.onUsageReportFailed(session.id, unconfirmed.request, unconfirmed.reason);
        }
        if (effects.ended) {
            sessions.remove(session.id);
            listener.onSessionEnded(session.id);
        } else if (effects.snapshot != null) {
            listener.onSessionChanged(effects.snapshot);
        }
        if (!effects.exchanges.isEmpty() || effects.ended) {
            // RFC 4006 §8.15: buffered EVENT requests go out again, first, whenever the session sends.
            RoExchange buffered;
            synchronized (session) {
                buffered = session.flushBuffer();
            }
            if (buffered != null) {
                send(session, buffered);
            }
        }
        for (RoExchange exchange : effects.exchanges) {
            send(session, exchange);
        }
        for (Effects.Resend resend : effects.resends) {
            sendLeg(session, resend.exchange, resend.index, resend.attempt, resend.request);
        }
    }

    private void send(EngineSession session, RoExchange exchange) {
        startTxTimer(session, exchange);
        for (int i = 0; i < exchange.requests.size(); i++) {
            sendLeg(session, exchange, i, 0, exchange.requests.get(i));
        }
    }

    /** (Re)starts the exchange's Tx timer; a retransmission restarts it (RFC 4006 §5.7). Reentrant under the lock. */
    private void startTxTimer(final EngineSession session, final RoExchange exchange) {
        final Scheduler.Cancellable[] timer = new Scheduler.Cancellable[1];
        Runnable expiry = new Runnable() {
            @Override
            public void run() {
                timedOut(session, exchange, timer[0]);
            }
        };
        synchronized (session) {
            if (exchange.isFinished()) {
                return;
            }
            if (exchange.txTimer != null) {
                exchange.txTimer.cancel();
            }
            timer[0] = scheduler.schedule(sla.txTimeout(), expiry);
            exchange.txTimer = timer[0];
        }
    }

    private void sendLeg(final EngineSession session, final RoExchange exchange, final int index, final int attempt,
            RoRequest request) {
        CompletionStage<RoAnswer> stage;
        try {
            stage = port.send(request);
        } catch (RuntimeException e) {
            completed(session, exchange, index, attempt, null, transportFailure(e));
            return;
        }
        stage.whenComplete(new BiConsumer<RoAnswer, Throwable>() {
            @Override
            public void accept(RoAnswer answer, Throwable failure) {
                completed(session, exchange, index, attempt, answer, failure == null ? null : transportFailure(failure));
            }
        });
    }

    private static RoFailure transportFailure(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String reason = cause instanceof RoTransportException ? cause.getMessage()
                : "send failed: " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return new RoFailure(RoFailure.Kind.TRANSPORT, reason);
    }

    /** One answer or failure of one attempt of one leg. */
    private void completed(EngineSession session, RoExchange exchange, int index, int attempt, RoAnswer answer,
            RoFailure transport) {
        Effects effects = new Effects();
        synchronized (session) {
            RoFailure failure = transport != null ? transport : answer == null
                    ? new RoFailure(RoFailure.Kind.TRANSPORT, "the Ro port completed without an answer") : RoFailure.of(answer);
            if (!exchange.record(index, attempt, answer, failure)) {
                return;
            }
            RequestType type = exchange.requests.get(index).type();
            if (failure == null && (type == RequestType.INITIAL || type == RequestType.UPDATE)) {
                FailoverState updated = session.failover.updatedBy(answer);
                effects.changed |= updated != session.failover;
                session.failover = updated;
            }
            if (failure != null && FailureHandler.failover(session, exchange, index, effects)) {
                startTxTimer(session, exchange);
            }
            settle(session, exchange, effects);
        }
        run(session, effects);
    }

    private void timedOut(EngineSession session, RoExchange exchange, Scheduler.Cancellable timer) {
        Effects effects = new Effects();
        synchronized (session) {
            if (exchange.txTimer != timer) {
                return; // restarted by a retransmission
            }
            boolean resent = false;
            for (int index : exchange.timeOut("no answer within the Tx timer " + sla.txTimeout())) {
                resent |= FailureHandler.failover(session, exchange, index, effects);
            }
            if (resent) {
                startTxTimer(session, exchange);
            }
            settle(session, exchange, effects);
        }
        run(session, effects);
    }

    /** Once every leg settled: apply the exchange exactly once. Under the session's lock. */
    private static void settle(EngineSession session, RoExchange exchange, Effects effects) {
        if (!exchange.isSettled()) {
            ChargingEngine.snapshotIfChanged(session, effects);
            return;
        }
        exchange.finish();
        if (exchange.kind == RoExchange.Kind.USAGE_REPORT) {
            FailureHandler.usageReported(session, exchange, effects);
        } else {
            effects.merge(AnswerApplier.apply(session, exchange));
        }
        ChargingEngine.snapshotIfChanged(session, effects);
    }
}
