package org.sleecharging.ra.internal.slee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.ra.engine.Scheduler;

class WheelSchedulerTest {

    private final WheelScheduler scheduler = new WheelScheduler("charging");

    @AfterEach
    void close() {
        scheduler.close();
    }

    @Test
    void runsTasksOnADaemonThreadNamedAfterTheEntityAndCancelsOthers() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        AtomicBoolean daemon = new AtomicBoolean();
        StringBuilder name = new StringBuilder();
        AtomicBoolean cancelledRan = new AtomicBoolean();
        Scheduler.Cancellable cancelled = scheduler.schedule(Duration.ofMillis(20), () -> cancelledRan.set(true));
        cancelled.cancel();
        scheduler.schedule(Duration.ofMillis(50), () -> {
            daemon.set(Thread.currentThread().isDaemon());
            name.append(Thread.currentThread().getName());
            ran.countDown();
        });

        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(daemon).isTrue();
        assertThat(name.toString()).startsWith("charging-ra-charging-timer-");
        assertThat(cancelledRan).isFalse();
    }

    @Test
    void neverRunsATaskBeforeItsDelay() throws Exception {
        List<Long> lateness = Collections.synchronizedList(new ArrayList<Long>());
        CountDownLatch ran = new CountDownLatch(40);
        for (int i = 0; i < 40; i++) {
            Duration delay = Duration.ofMillis(i * 7L);
            long scheduledAt = System.nanoTime();
            scheduler.schedule(delay, () -> {
                lateness.add(System.nanoTime() - scheduledAt - delay.toNanos());
                ran.countDown();
            });
        }

        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(lateness).allSatisfy(nanos -> assertThat(nanos).isGreaterThanOrEqualTo(0));
    }

    @Test
    void runsTasksDueInLaterTurnsOfTheWheelAndNotOnEarlierPassesOfTheirSlot() throws Exception {
        // 1024 slots of 5 ms: a 5.2 s delay shares its slot with a 80 ms one.
        long start = System.nanoTime();
        Map<String, Long> ranAt = new ConcurrentHashMap<String, Long>();
        scheduler.schedule(Duration.ofMillis(80), () -> ranAt.put("short", System.nanoTime() - start));
        scheduler.schedule(Duration.ofMillis(80 + 5120), () -> ranAt.put("long", System.nanoTime() - start));

        await().atMost(Duration.ofSeconds(20)).until(() -> ranAt.size() == 2);
        assertThat(ranAt.get("short")).isGreaterThanOrEqualTo(Duration.ofMillis(80).toNanos());
        assertThat(ranAt.get("long")).isGreaterThanOrEqualTo(Duration.ofMillis(5200).toNanos());
    }

    @Test
    void wakesUpForATaskScheduledAfterItFellIdle() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        scheduler.schedule(Duration.ZERO, first::countDown);
        assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(scheduler::isIdle);
        CountDownLatch second = new CountDownLatch(1);

        scheduler.schedule(Duration.ofMillis(10), second::countDown);

        assertThat(second.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aTaskThatThrowsDoesNotStopTheOthers() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        scheduler.schedule(Duration.ofMillis(1), () -> {
            throw new IllegalStateException("expected by the test");
        });
        scheduler.schedule(Duration.ofMillis(30), ran::countDown);

        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void runsEveryTaskOnceUnderConcurrentSchedulingAndCancelling() throws Exception {
        AtomicInteger ran = new AtomicInteger();
        AtomicInteger cancelledRan = new AtomicInteger();
        List<Thread> threads = new ArrayList<Thread>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    scheduler.schedule(Duration.ofMillis(i % 50), ran::incrementAndGet);
                    // Far enough out that the cancel comes first (a task that already ran stays run).
                    scheduler.schedule(Duration.ofMillis(1000 + i % 50), cancelledRan::incrementAndGet).cancel();
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        // Idle: every timer ran or, once its slot came round after its delay, was dropped.
        await().atMost(Duration.ofSeconds(10)).until(() -> ran.get() == 8000 && scheduler.isIdle());
        assertThat(cancelledRan).hasValue(0);
    }

    @Test
    void closeDropsPendingTasks() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        scheduler.schedule(Duration.ofMillis(100), ran::countDown);

        scheduler.close();

        assertThat(ran.await(300, TimeUnit.MILLISECONDS)).isFalse();
    }
}
