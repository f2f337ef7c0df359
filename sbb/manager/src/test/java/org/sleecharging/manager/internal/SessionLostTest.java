package org.sleecharging.manager.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sleecharging.manager.internal.Fixtures.reserved;
import static org.sleecharging.manager.internal.Fixtures.seconds;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.manager.ChargingInstanceEnded;
import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.Unit;
import org.sleecharging.manager.ChargingInstanceAlreadyFinalisedException;
import org.sleecharging.manager.ChargingType;

class SessionLostTest {

    @Test
    void anAbortInMidEndsTheInstanceAndKeepsTheUsageCounted() throws Exception {
        Driver d = new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60);
        d.apply(d.engine.doCreditReservation(d.record, null, "setup")).sent();
        d.answer(reserved(1, seconds(60), Duration.ofSeconds(30)));
        d.takeEvents();
        d.clock.advance(Duration.ofSeconds(12));

        d.apply(d.ra.sessionLost(d.record, "aborted by the OCS"));

        assertThat(d.record.state()).isEqualTo(InstanceState.FINAL);
        assertThat(d.takeEvents()).containsExactly(new ChargingInstanceEnded("call", "aborted by the OCS"));
        assertThat(d.record.deadline(DeadlineKind.LIFETIME)).isEqualTo(-1);
        assertThat(d.record.deadline(DeadlineKind.QUOTA)).isEqualTo(-1);
        d.clock.advance(Duration.ofSeconds(12));
        assertThat(d.engine.counters(d.record).getUsed(Unit.SECONDS)).isEqualTo(Amount.of(12, 0));
        assertThatThrownBy(() -> d.engine.doCreditReservation(d.record, null, "x"))
                .isInstanceOf(ChargingInstanceAlreadyFinalisedException.class);
    }

    @Test
    void aLossDuringACheckFailsTheCheckFirst() throws Exception {
        Driver d = new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60);
        d.apply(d.engine.doCreditReservation(d.record, null, "setup")).sent();

        d.apply(d.ra.sessionLost(d.record, "charging session ended: P_CHS_CAUSE_TIMER_EXPIRED"));

        assertThat(d.takeEvents()).containsExactly(
                new CreditResult("call", ChargingInstruction.CREDIT_RESERVATION, CreditOutcome.FAILURE, null, null, 0,
                        "setup"),
                new ChargingInstanceEnded("call", "charging session ended: P_CHS_CAUSE_TIMER_EXPIRED"));
        assertThat(d.record.outstanding()).isNull();
        InstanceRecord ended = d.record;
        d.answer(reserved(1, seconds(60), Duration.ofSeconds(30)));
        assertThat(d.record).as("a late answer for a final instance changes nothing").isSameAs(ended);
    }

    @Test
    void aSecondNoticeForAFinalInstanceChangesNothing() throws Exception {
        Driver d = new Driver(ChargingType.IMMEDIATE, Fixtures.ONE_SMS);
        d.apply(d.ra.sessionLost(d.record, "first"));
        d.takeEvents();
        InstanceRecord ended = d.record;

        d.apply(d.ra.sessionLost(ended, "second"));

        assertThat(d.record).isSameAs(ended);
        assertThat(d.takeEvents()).isEmpty();
    }
}
