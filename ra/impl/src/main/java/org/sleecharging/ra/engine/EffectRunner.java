package org.sleecharging.ra.engine;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;

import org.sleecharging.events.ChargingEvent;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoClientPort;

/**
 * Carries out what a session decided, outside its lock: reports events, replicates or ends the
 * session, sends CCRs with the RA's own Tx timer (RFC 4006 §13), and feeds answers back to the
 * session under its lock.
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
    private void report(ChargingEvent event) {
        listener.onEvent(event);
    }

    void run(EngineSession session, Effects effects) {
        for (ChargingEvent event : effects.events) {
            listener.onEvent(event);
        }
        if (effects.ended) {
            sessions.remove(session.id);
            listener.onSessionEnded(session.id);
        } else if (effects.snapshot != null) {
            listener.onSessionChanged(effects.snapshot);
        }
        for (RoExchange exchange : effects.exchanges) {
            send(session, exchange);
        }
    }

    private void send(final EngineSession session, final RoExchange exchange) {
        if (exchange.kind != RoExchange.Kind.USAGE_REPORT) {
            exchange.txTimer = scheduler.schedule(sla.txTimeout(), new Runnable() {
                @Override
                public void run() {
                    complete(session, exchange, -1, null, "no answer within the Tx timer " + sla.txTimeout());
                }
            });
        }
        for (int i = 0; i < exchange.requests.size(); i++) {
            final int index = i;
            CompletionStage<RoAnswer> stage;
            try {
                stage = port.send(exchange.requests.get(i));
            } catch (RuntimeException e) {
                complete(session, exchange, index, null, "send failed: " + e.getMessage());
                continue;
            }
            stage.whenComplete(new BiConsumer<RoAnswer, Throwable>() {
                @Override
                public void accept(RoAnswer answer, Throwable failure) {
                    complete(session, exchange, index, answer, failure == null ? null : String.valueOf(failure.getMessage()));
                }
            });
        }
    }

    /** One answer or failure (index ≥ 0), or the Tx timer (index −1). */
    private void complete(EngineSession session, RoExchange exchange, int index, RoAnswer answer, String failure) {
        if (exchange.kind == RoExchange.Kind.USAGE_REPORT) {
            if (failure != null || !answer.resultCode().isSuccess()) {
                listener.onUsageReportFailed(session.id, exchange.requests.get(index),
                        failure != null ? failure : "OCS answered " + answer.resultCode());
            }
            return;
        }
        Effects effects;
        synchronized (session) {
            boolean completed = index < 0 ? exchange.timeOut(failure) : exchange.record(index, answer, failure);
            if (!completed) {
                return;
            }
            if (exchange.txTimer != null) {
                exchange.txTimer.cancel();
            }
            effects = AnswerApplier.apply(session, exchange);
            ChargingEngine.snapshotIfChanged(session, effects);
        }
        run(session, effects);
    }
}
