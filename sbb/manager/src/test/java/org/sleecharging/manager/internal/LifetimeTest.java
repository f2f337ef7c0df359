package org.sleecharging.manager.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleecharging.manager.internal.Fixtures.debited;
import static org.sleecharging.manager.internal.Fixtures.reserved;
import static org.sleecharging.manager.internal.Fixtures.seconds;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.ExtendLifeTimeErr;
import org.sleecharging.events.ExtendLifeTimeRes;
import org.sleecharging.events.manager.ChargingInstanceEnded;
import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.manager.ChargingType;

/**
 * The manager keeps its reservations alive (TS 29.198-12 §8.3): the SLA lifetime starts with the
 * first grant and a further reservation does not renew it, so the manager extends it the validity
 * guard before it ends (at least halfway) with extendLifeTimeReq, and when the SLA maximum refuses
 * (P_CHS_ERR_NO_EXTEND) it finalises the instance before the reservation expires.
 */
class LifetimeTest {
    private static final Duration LIFETIME = Duration.ofSeconds(30);

    private static Driver granted() throws Exception {
        Driver d = new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60);
        d.apply(d.engine.doCreditReservation(d.record, null, "setup")).sent();
        d.answer(reserved(1, seconds(60), LIFETIME));
        d.takeEvents();
        return d;
    }

    /** The lifetime deadline fires and the extension is issued. */
    private static Driver extending(Driver d) {
        long deadline = d.record.deadline(DeadlineKind.LIFETIME);
        d.clock.advance(Duration.ofMillis(deadline - d.clock.millis()));
        d.apply(d.ra.deadlineReached(d.record, DeadlineKind.LIFETIME, deadline));
        assertThat(d.step.kind()).isEqualTo(StepKind.EXTEND_LIFETIME);
        return d.apply(d.ra.stepSent(d.record, d.step, null));
    }

    @Test
    void theDeadlineIsTheGuardBeforeTheEndOfTheLifetime() throws Exception {
        Driver d = granted();
        assertThat(d.record.deadline(DeadlineKind.LIFETIME)).isEqualTo(d.clock.millis() + 25_000);
    }

    @Test
    void theDeadlineIsAtLeastHalfTheLifetimeWhenTheGuardIsLonger() throws Exception {
        Driver d = new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60);
        d.apply(d.engine.doCreditReservation(d.record, null, "setup")).sent();
        d.answer(reserved(1, seconds(60), Duration.ofSeconds(8)));
        assertThat(d.record.deadline(DeadlineKind.LIFETIME)).isEqualTo(d.clock.millis() + 4_000);

        Driver none = new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60);
        none.apply(none.engine.doCreditReservation(none.record, null, "setup")).sent();
        none.answer(reserved(1, seconds(60), Duration.ZERO));
        assertThat(none.record.deadline(DeadlineKind.LIFETIME)).as("no lifetime, no deadline").isEqualTo(-1);
    }

    @Test
    void theDeadlineExtendsTheLifetimeWithoutTellingTheFeature() throws Exception {
        Driver d = granted();
        long deadline = d.record.deadline(DeadlineKind.LIFETIME);
        assertThat(d.ra.deadlineReached(d.record, DeadlineKind.LIFETIME, deadline - 1).record())
                .as("a stale deadline changes nothing").isSameAs(d.record);

        extending(d);

        assertThat(d.record.isExtendingLifetime()).isTrue();
        assertThat(d.record.deadline(DeadlineKind.LIFETIME)).isEqualTo(-1);
        assertThat(d.record.pending()).isEqualTo(ChargingInstruction.NONE);
        assertThat(d.record.outstanding()).as("no credit check").isNull();
        assertThat(d.record.state()).isEqualTo(InstanceState.MID);
        assertThat(d.takeEvents()).isEmpty();
    }

    @Test
    void theExtensionSetsTheNextDeadlineFromTheLifetimeLeft() throws Exception {
        Driver d = extending(granted());

        d.apply(d.ra.lifetimeExtended(d.record, new ExtendLifeTimeRes(Fixtures.SESSION, Duration.ofSeconds(35))));

        assertThat(d.record.isExtendingLifetime()).isFalse();
        assertThat(d.record.deadline(DeadlineKind.LIFETIME)).isEqualTo(d.clock.millis() + 30_000);
        assertThat(d.takeEvents()).isEmpty();
        assertThat(d.ra.lifetimeExtended(d.record, new ExtendLifeTimeRes(Fixtures.SESSION, Duration.ofSeconds(9)))
                .record()).as("an answer nobody waits for changes nothing").isSameAs(d.record);
    }

    @Test
    void aCreditCheckInProgressDoesNotStopTheExtension() throws Exception {
        Driver d = granted();
        d.clock.advance(Duration.ofSeconds(25));
        d.apply(d.ra.reauthRequested(d.record));
        d.apply(d.engine.doCreditReservation(d.record, null, "mid-call"));
        RaStep debit = d.step;
        d.sent();
        long deadline = d.record.deadline(DeadlineKind.LIFETIME);

        d.apply(d.ra.deadlineReached(d.record, DeadlineKind.LIFETIME, deadline));

        assertThat(d.step.kind()).isEqualTo(StepKind.EXTEND_LIFETIME);
        d.apply(d.ra.stepSent(d.record, d.step, null));
        assertThat(d.record.outstanding()).as("the check's request is still out").isEqualTo(debit);
        d.apply(d.ra.lifetimeExtended(d.record, new ExtendLifeTimeRes(Fixtures.SESSION, Duration.ofSeconds(20))));
        assertThat(d.record.deadline(DeadlineKind.LIFETIME)).isEqualTo(d.clock.millis() + 15_000);
        assertThat(d.record.state()).isEqualTo(InstanceState.MID_CHECK);
    }

    @Test
    void noExtensionFinalisesAtOnceWithTheUsageSoFar() throws Exception {
        Driver d = extending(granted());

        d.apply(d.ra.lifetimeNotExtended(d.record, new ExtendLifeTimeErr(Fixtures.SESSION, ChargingError.NO_EXTEND,
                "lifetime would exceed the SLA maximum PT1H")));

        assertThat(d.record.state()).isEqualTo(InstanceState.FINALISING);
        assertThat(d.step).isEqualTo(new RaStep(StepKind.DEBIT_UNITS, seconds(25), true, 2));
        d.sent().answer(debited(2, seconds(25), seconds(35)));
        assertThat(d.step.kind()).isEqualTo(StepKind.RELEASE);
        d.sent();
        assertThat(d.record.state()).isEqualTo(InstanceState.FINAL);
        assertThat(d.takeEvents()).as("no CreditResult: the feature did not ask").singleElement()
                .isInstanceOf(ChargingInstanceEnded.class);
        assertThat(d.record.deadline(DeadlineKind.LIFETIME)).isEqualTo(-1);
        assertThat(d.record.deadline(DeadlineKind.QUOTA)).isEqualTo(-1);
    }

    @Test
    void noExtensionDuringACreditCheckFinalisesWhenTheCheckEnds() throws Exception {
        Driver d = extending(granted());
        d.apply(d.ra.reauthRequested(d.record));
        d.apply(d.engine.doCreditReservation(d.record, null, "mid-call")).sent();
        d.takeEvents();

        d.apply(d.ra.lifetimeNotExtended(d.record, new ExtendLifeTimeErr(Fixtures.SESSION, ChargingError.NO_EXTEND,
                "SLA maximum")));
        assertThat(d.record.state()).isEqualTo(InstanceState.MID_CHECK);
        d.answer(debited(2, seconds(25), seconds(35))).sent();
        d.answer(reserved(3, seconds(95), Duration.ofSeconds(4)));

        assertThat(d.takeEvents()).first().isEqualTo(new CreditResult("call", ChargingInstruction.CREDIT_RESERVATION,
                CreditOutcome.SUCCESS, seconds(95), seconds(25), 2001, "mid-call"));
        assertThat(d.record.state()).isEqualTo(InstanceState.FINALISING);
        assertThat(d.step.kind()).as("nothing used since the reservation").isEqualTo(StepKind.RELEASE);
        d.sent();
        assertThat(d.record.state()).isEqualTo(InstanceState.FINAL);
        assertThat(d.takeEvents()).singleElement().isInstanceOf(ChargingInstanceEnded.class);
    }

    @Test
    void aRefusedExtensionLeavesNoDeadline() throws Exception {
        Driver d = granted();
        long deadline = d.record.deadline(DeadlineKind.LIFETIME);
        d.apply(d.ra.deadlineReached(d.record, DeadlineKind.LIFETIME, deadline));

        d.apply(d.ra.stepRefused(d.record, d.step));

        assertThat(d.record.isExtendingLifetime()).isFalse();
        assertThat(d.record.deadline(DeadlineKind.LIFETIME)).isEqualTo(-1);
        assertThat(d.record.state()).isEqualTo(InstanceState.MID);
        assertThat(d.takeEvents()).isEmpty();
    }

    @Test
    void aFinalisingInstanceIsNotExtended() throws Exception {
        Driver d = granted();
        long deadline = d.record.deadline(DeadlineKind.LIFETIME);
        d.apply(d.engine.doCreditFinalisation(d.record, org.sleecharging.manager.ReportingReason.FINAL));

        assertThat(d.record.deadline(DeadlineKind.LIFETIME)).isEqualTo(-1);
        assertThat(d.ra.deadlineReached(d.record, DeadlineKind.LIFETIME, deadline).step()).isNull();
    }
}
