package org.sleecharging.ra.internal.slee;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

import org.sleecharging.ra.engine.Scheduler;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.RoTransport;
import org.sleecharging.ra.engine.ro.Route;

/**
 * Wraps the Ro transport to feed the usage parameters: CCRs by type, answers by Result-Code class
 * and latency, missing answers, failovers (T flag) and Tx timer expiries (RFC 4006 §13), the last
 * watched by a timer of the same length as the engine's own.
 */
final class CountingRoTransport implements RoTransport {

    private final RoTransport delegate;
    private final UsageRecorder usage;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Duration txTimer;

    CountingRoTransport(RoTransport delegate, UsageRecorder usage, Clock clock, Scheduler scheduler, Duration txTimer) {
        this.delegate = delegate;
        this.usage = usage;
        this.clock = clock;
        this.scheduler = scheduler;
        this.txTimer = txTimer;
    }

    @Override
    public String newSessionId() {
        return delegate.newSessionId();
    }

    @Override
    public CompletionStage<RoAnswer> send(RoRequest request) {
        final long sentAt = clock.millis();
        final AtomicBoolean done = new AtomicBoolean();
        CompletionStage<RoAnswer> stage = delegate.send(request);
        usage.sent(request.type(), request.isRetransmission());
        final Scheduler.Cancellable tx = scheduler.schedule(txTimer, new Runnable() {
            @Override
            public void run() {
                if (done.compareAndSet(false, true)) {
                    usage.txExpired();
                }
            }
        });
        stage.whenComplete(new BiConsumer<RoAnswer, Throwable>() {
            @Override
            public void accept(RoAnswer answer, Throwable failure) {
                boolean inTime = done.compareAndSet(false, true);
                tx.cancel();
                if (answer != null) {
                    usage.answered(answer.resultCode(), clock.millis() - sentAt);
                } else if (inTime) {
                    usage.unanswered();
                }
            }
        });
        return stage;
    }

    @Override
    public boolean isPeerUp(Route peer) {
        return delegate.isPeerUp(peer);
    }

    @Override
    public int openSessionCount() {
        return delegate.openSessionCount();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
