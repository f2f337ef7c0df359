package org.sleecharging.ra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.events.ChargingEvent;
import org.sleecharging.events.DirectDebitAmountRes;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.ra.engine.request.Operation;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoClientPort;
import org.sleecharging.ra.engine.ro.RoRequest;

/** Real threads: SBB calls on several threads, answers on another, as in the RA. */
class ConcurrencyTest {

    private final ExecutorService sbbThreads = Executors.newFixedThreadPool(4);
    private final ExecutorService answerThread = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopThreads() {
        sbbThreads.shutdownNow();
        answerThread.shutdownNow();
        timers.shutdownNow();
    }

    @Test
    void parallelSessionsEachGetExactlyOneAnswerPerRequestAndEndCleanly() throws Exception {
        final AtomicInteger ccrs = new AtomicInteger();
        RoClientPort port = new RoClientPort() {
            private final AtomicInteger ids = new AtomicInteger();

            @Override
            public String newSessionId() {
                return "ro;" + ids.incrementAndGet();
            }

            @Override
            public CompletionStage<RoAnswer> send(final RoRequest request) {
                ccrs.incrementAndGet();
                return CompletableFuture.supplyAsync(() -> RoAnswer.success(request.requested()), answerThread);
            }
        };
        final Map<ChargingSessionId, CompletableFuture<ChargingEvent>> answers =
                new ConcurrentHashMap<ChargingSessionId, CompletableFuture<ChargingEvent>>();
        final AtomicInteger events = new AtomicInteger();
        final AtomicInteger ended = new AtomicInteger();
        EngineListener listener = new EngineListener() {
            @Override
            public void onEvent(ChargingEvent event) {
                events.incrementAndGet();
                answers.computeIfAbsent(event.getSessionId(), id -> new CompletableFuture<ChargingEvent>()).complete(event);
            }

            @Override
            public void onSessionChanged(SessionSnapshot snapshot) {
            }

            @Override
            public void onSessionEnded(ChargingSessionId sessionId) {
                ended.incrementAndGet();
            }

            @Override
            public void onUsageReportFailed(ChargingSessionId sessionId, RoRequest request, String reason) {
            }

            @Override
            public String replicatedOwner(ChargingSessionId sessionId) {
                return null;
            }

            @Override
            public void onSessionTakenOver(ChargingSessionId sessionId) {
            }
        };
        final ChargingEngine engine = new ChargingEngine(EngineFixture.defaultSla().build(), port, listener,
                Clock.systemUTC(), executorScheduler(), "node-c");
        List<Future<?>> work = new ArrayList<Future<?>>();
        for (int i = 0; i < 200; i++) {
            work.add(sbbThreads.submit(() -> {
                ChargingSessionId id = engine.createSession("c", EngineFixture.MERCHANT, EngineFixture.ALICE,
                        EngineFixture.CORRELATION);
                answers.putIfAbsent(id, new CompletableFuture<ChargingEvent>());
                engine.directAmount(id, Operation.DIRECT_DEBIT_AMOUNT, EngineFixture.APP, ChargingParameters.NONE,
                        EngineFixture.eur("0.01"), id.firstRequestNumber());
                ChargingEvent answer = answers.get(id).get(5, TimeUnit.SECONDS);
                assertThat(answer).isInstanceOf(DirectDebitAmountRes.class);
                engine.release(id, ((DirectDebitAmountRes) answer).getNextRequestNumber());
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get(10, TimeUnit.SECONDS);
        }

        assertThat(ccrs.get()).isEqualTo(200);
        assertThat(events.get()).isEqualTo(200);
        assertThat(ended.get()).isEqualTo(200);
        assertThat(engine.liveSessions()).isZero();
    }

    private Scheduler executorScheduler() {
        return new Scheduler() {
            @Override
            public Cancellable schedule(Duration delay, Runnable task) {
                final ScheduledFuture<?> future = timers.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
                return () -> future.cancel(false);
            }
        };
    }
}
