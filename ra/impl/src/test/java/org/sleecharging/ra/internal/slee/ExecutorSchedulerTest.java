package org.sleecharging.ra.internal.slee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.sleecharging.ra.engine.Scheduler;

class ExecutorSchedulerTest {

    @Test
    void runsTasksOnADaemonThreadNamedAfterTheEntityAndCancelsOthers() throws Exception {
        ExecutorScheduler scheduler = new ExecutorScheduler("charging");
        try {
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
        } finally {
            scheduler.close();
        }
    }

    @Test
    void closeDropsPendingTasks() throws Exception {
        ExecutorScheduler scheduler = new ExecutorScheduler("charging");
        CountDownLatch ran = new CountDownLatch(1);
        scheduler.schedule(Duration.ofMillis(100), ran::countDown);

        scheduler.close();

        assertThat(ran.await(300, TimeUnit.MILLISECONDS)).isFalse();
    }
}
