package org.sleecharging.manager.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleecharging.manager.internal.Fixtures.reserved;
import static org.sleecharging.manager.internal.Fixtures.seconds;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.Unit;
import org.sleecharging.manager.ChargingType;

class SuspendResumeTest {
    private Driver d;

    @BeforeEach
    void granted60() throws Exception {
        d = new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60);
        d.apply(d.engine.doCreditReservation(d.record, null, "setup")).sent();
        d.answer(reserved(1, seconds(60), Duration.ofSeconds(30)));
    }

    private Amount used() {
        return d.engine.counters(d.record).getUsed(Unit.SECONDS);
    }

    @Test
    void suspendedTimeIsNotUsedAndCountsAsSuspendedWithAutoUpdate() throws Exception {
        d.clock.advance(Duration.ofSeconds(10));
        d.record = d.engine.suspend(d.record);
        assertThat(d.record.isSuspended()).isTrue();
        assertThat(d.record.deadline(DeadlineKind.QUOTA)).as("no quota alarm while suspended").isEqualTo(-1);
        d.clock.advance(Duration.ofSeconds(7));
        assertThat(used()).isEqualTo(Amount.of(10, 0));

        d.record = d.engine.resume(d.record, true);
        d.clock.advance(Duration.ofSeconds(5));

        assertThat(d.record.isSuspended()).isFalse();
        assertThat(used()).isEqualTo(Amount.of(15, 0));
        assertThat(d.engine.counters(d.record).getRemaining(Unit.SECONDS)).isEqualTo(Amount.of(45, 0));
        assertThat(d.engine.counters(d.record).getSuspendedDuration()).isEqualTo(Duration.ofSeconds(7));
        assertThat(d.record.deadline(DeadlineKind.QUOTA)).as("quota runs out 50 s after the resume")
                .isEqualTo(d.clock.millis() - 5_000 + 50_000);
    }

    @Test
    void withoutAutoUpdateTheSuspendedTimeCountsAsUsed() throws Exception {
        d.clock.advance(Duration.ofSeconds(10));
        d.record = d.engine.suspend(d.record);
        d.clock.advance(Duration.ofSeconds(7));

        d.record = d.engine.resume(d.record, false);

        assertThat(used()).isEqualTo(Amount.of(17, 0));
        assertThat(d.engine.counters(d.record).getSuspendedDuration()).isEqualTo(Duration.ZERO);
    }

    @Test
    void suspendedDurationsAccumulateOverSeveralSuspensions() throws Exception {
        for (int i = 1; i <= 3; i++) {
            d.record = d.engine.suspend(d.record);
            d.clock.advance(Duration.ofSeconds(i));
            d.record = d.engine.resume(d.record, true);
            d.clock.advance(Duration.ofSeconds(1));
        }
        assertThat(d.engine.counters(d.record).getSuspendedDuration()).isEqualTo(Duration.ofSeconds(6));
        assertThat(used()).isEqualTo(Amount.of(3, 0));
    }

    @Test
    void suspendTwiceAndResumeWhenRunningChangeNothing() throws Exception {
        d.record = d.engine.suspend(d.record);
        InstanceRecord suspended = d.record;
        d.clock.advance(Duration.ofSeconds(2));
        assertThat(d.engine.suspend(suspended)).isSameAs(suspended);

        InstanceRecord resumed = d.engine.resume(suspended, true);
        assertThat(d.engine.resume(resumed, true)).isSameAs(resumed);
    }

    @Test
    void aReportWhileSuspendedDebitsOnlyTheTimeBeforeTheSuspension() throws Exception {
        d.clock.advance(Duration.ofSeconds(4));
        d.record = d.engine.suspend(d.record);
        d.clock.advance(Duration.ofSeconds(30));

        d.apply(d.engine.doCreditReservation(d.record, null, "held"));

        assertThat(d.step).isEqualTo(new RaStep(StepKind.DEBIT_UNITS, seconds(4), false, 2));
    }

    @Test
    void suspensionBeforeTheFirstGrantDelaysMetering() throws Exception {
        Driver early = new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60);
        early.record = early.engine.suspend(early.record);
        early.apply(early.engine.doCreditReservation(early.record, null, "setup")).sent();
        early.answer(reserved(1, seconds(60), Duration.ofSeconds(30)));
        early.clock.advance(Duration.ofSeconds(9));
        assertThat(early.engine.counters(early.record).getUsed(Unit.SECONDS)).isEqualTo(Amount.ZERO);

        early.record = early.engine.resume(early.record, true);
        early.clock.advance(Duration.ofSeconds(2));

        assertThat(early.engine.counters(early.record).getUsed(Unit.SECONDS)).isEqualTo(Amount.of(2, 0));
        assertThat(early.engine.counters(early.record).getSuspendedDuration()).isEqualTo(Duration.ofSeconds(9));
    }
}
