package org.sleecharging.manager.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleecharging.manager.internal.Fixtures.debited;
import static org.sleecharging.manager.internal.Fixtures.octets;
import static org.sleecharging.manager.internal.Fixtures.reserveUnanswered;
import static org.sleecharging.manager.internal.Fixtures.reserved;
import static org.sleecharging.manager.internal.Fixtures.seconds;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.events.manager.ChargingInstanceEnded;
import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.manager.InstructionPending;
import org.sleecharging.events.manager.PendingReason;
import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.FailureHandlingResult;
import org.sleecharging.events.value.Unit;
import org.sleecharging.manager.ChargingType;
import org.sleecharging.manager.ReportingReason;
import org.sleecharging.manager.SessionCounters;

/**
 * RFC 4006 §5.7 Credit-Control-Failure-Handling as the RA reports it on a reservation Err: CONTINUE
 * keeps a Mid instance going on what is left of its grant (outcome CONTINUED) and its usage reaches
 * the OCS later; TERMINATE is a FAILURE; a first reservation never continues.
 */
class ContinuedCheckTest {
    private static final Duration LIFETIME = Duration.ofSeconds(30);

    private Driver d;

    @BeforeEach
    void grantedSixtySeconds() throws Exception {
        d = new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60);
        d.apply(d.engine.doCreditReservation(d.record, null, "setup")).sent();
        d.answer(reserved(1, seconds(60), LIFETIME));
        d.takeEvents();
    }

    @Test
    void anUnansweredFurtherReservationUnderContinueKeepsTheInstanceMidOnWhatIsLeft() throws Exception {
        d.clock.advance(Duration.ofSeconds(10));
        d.apply(d.engine.doCreditReservation(d.record, ReportingReason.FORCED_REAUTHORISATION, "reauth"));
        d.answer(debited(2, seconds(10), seconds(50)));
        assertThat(d.step).isEqualTo(new RaStep(StepKind.RESERVE_UNITS, seconds(60), false, 3));

        d.answer(reserveUnanswered(3, FailureHandlingResult.SESSION_CONTINUES));

        assertThat(d.takeEvents()).containsExactly(new CreditResult("call", ChargingInstruction.CREDIT_RESERVATION,
                CreditOutcome.CONTINUED, null, seconds(10), 0, "reauth"));
        assertThat(d.record.state()).isEqualTo(InstanceState.MID);
        assertThat(d.record.pending()).isEqualTo(ChargingInstruction.NONE);
        assertThat(d.step).isNull();
        SessionCounters counters = d.engine.counters(d.record);
        assertThat(counters.getGranted(Unit.SECONDS)).isEqualTo(Amount.of(60, 0));
        assertThat(counters.getUsed(Unit.SECONDS)).isEqualTo(Amount.of(10, 0));
        assertThat(counters.getRemaining(Unit.SECONDS)).isEqualTo(Amount.of(50, 0));
        assertThat(counters.getCreditChecks()).isEqualTo(2);
        assertThat(d.record.deadline(DeadlineKind.QUOTA)).as("metering goes on against what is left")
                .isEqualTo(d.clock.millis() + 50_000L);

        d.clock.advance(Duration.ofSeconds(5));
        d.apply(d.engine.doCreditFinalisation(d.record, ReportingReason.FINAL));
        assertThat(d.step).as("the finalisation reports what was used since")
                .isEqualTo(new RaStep(StepKind.DEBIT_UNITS, seconds(5), true, 4));
        d.answer(debited(4, seconds(5), seconds(0))).sent();
        assertThat(d.record.state()).isEqualTo(InstanceState.FINAL);
        assertThat(d.takeEvents()).containsExactly(new CreditResult("call", ChargingInstruction.CREDIT_FINALISATION,
                CreditOutcome.SUCCESS, null, seconds(5), 2001, ""));
    }

    @Test
    void anUnansweredFurtherReservationUnderTerminateFailsAndEndsTheInstanceWithItsSession() throws Exception {
        d.clock.advance(Duration.ofSeconds(10));
        d.apply(d.engine.doCreditReservation(d.record, null, "mid"));
        d.answer(debited(2, seconds(10), seconds(50)));

        d.answer(reserveUnanswered(3, FailureHandlingResult.SESSION_ENDS));

        assertThat(d.takeEvents()).containsExactly(
                new CreditResult("call", ChargingInstruction.CREDIT_RESERVATION, CreditOutcome.FAILURE, null,
                        seconds(10), 0, "mid"),
                new ChargingInstanceEnded("call", "no answer from the OCS: Credit-Control-Failure-Handling ended the "
                        + "charging session (RFC 4006 §5.7)"));
        assertThat(d.record.state()).isEqualTo(InstanceState.FINAL);
        assertThat(d.engine.counters(d.record).getCreditChecks()).isEqualTo(2);
        assertThat(d.record.deadline(DeadlineKind.QUOTA)).as("no timer on the ended session").isEqualTo(-1);
        assertThat(d.record.deadline(DeadlineKind.LIFETIME)).isEqualTo(-1);
        InstanceRecord ended = d.record;
        d.apply(d.ra.sessionLost(d.record, "SessionEnded P_CHS_CAUSE_UNDEFINED"));
        assertThat(d.record).as("the RA's SessionEnded that follows changes nothing").isSameAs(ended);
        assertThat(d.takeEvents()).isEmpty();
    }

    @Test
    void aFirstReservationNeverContinuesForItHoldsNothing() throws Exception {
        Driver fresh = new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60);
        fresh.apply(fresh.engine.doCreditReservation(fresh.record, null, "setup")).sent();

        fresh.answer(reserveUnanswered(1, FailureHandlingResult.SESSION_CONTINUES));

        assertThat(fresh.takeEvents()).containsExactly(new CreditResult("call",
                ChargingInstruction.CREDIT_RESERVATION, CreditOutcome.FAILURE, null, null, 0, "setup"));
        assertThat(fresh.record.state()).isEqualTo(InstanceState.INITIAL);
    }

    @Test
    void aFirstReservationUnderTerminateEndsTheInstanceWithItsSession() throws Exception {
        Driver fresh = new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60);
        fresh.apply(fresh.engine.doCreditReservation(fresh.record, null, "setup")).sent();

        fresh.answer(reserveUnanswered(1, FailureHandlingResult.SESSION_ENDS));

        assertThat(fresh.takeEvents()).hasSize(2).first().isEqualTo(new CreditResult("call",
                ChargingInstruction.CREDIT_RESERVATION, CreditOutcome.FAILURE, null, null, 0, "setup"));
        assertThat(fresh.record.state()).isEqualTo(InstanceState.FINAL);
    }

    @Test
    void aUsedUpGrantKeepsItsUsageAndAsksAgainUntilTheOcsAnswers() throws Exception {
        Driver o = new Driver(ChargingType.RESERVATION, Fixtures.OCTETS_1000);
        o.apply(o.engine.doCreditReservation(o.record, null, "setup")).sent();
        o.answer(reserved(1, octets(1000), LIFETIME));
        o.apply(o.engine.reportUsedUnits(o.record, octets(1000)));
        o.takeEvents();
        o.apply(o.engine.doCreditReservation(o.record, null, "more"));
        assertThat(o.step).isEqualTo(new RaStep(StepKind.RESERVE_UNITS, octets(1000), false, 2));

        o.answer(reserveUnanswered(2, FailureHandlingResult.SESSION_CONTINUES));

        assertThat(o.takeEvents()).containsExactly(new CreditResult("call", ChargingInstruction.CREDIT_RESERVATION,
                CreditOutcome.CONTINUED, null, null, 0, "more"));
        assertThat(o.record.state()).isEqualTo(InstanceState.MID);
        o.apply(o.engine.reportUsedUnits(o.record, octets(200)));
        assertThat(o.takeEvents()).as("still used up: the next reservation retries the OCS").containsExactly(
                new InstructionPending("call", ChargingInstruction.CREDIT_RESERVATION, PendingReason.QUOTA_EXHAUSTED));
        assertThat(o.engine.counters(o.record).getUsed(Unit.OCTETS)).isEqualTo(Amount.of(1200, 0));

        o.apply(o.engine.doCreditReservation(o.record, null, "retry"));
        assertThat(o.step).as("the terms and the usage beyond the grant, which the RA may not hold any more")
                .isEqualTo(new RaStep(StepKind.RESERVE_UNITS, octets(2200), false, 3));
        o.answer(reserved(3, octets(3200), LIFETIME));
        assertThat(o.step).as("nothing of the usage while the OCS was away is lost")
                .isEqualTo(new RaStep(StepKind.DEBIT_UNITS, octets(1200), false, 4));
        o.answer(debited(4, octets(1200), octets(2000)));
        assertThat(o.takeEvents()).containsExactly(new CreditResult("call", ChargingInstruction.CREDIT_RESERVATION,
                CreditOutcome.SUCCESS, octets(2000), octets(1200), 2001, "retry"));
        assertThat(o.engine.counters(o.record).getRemaining(Unit.OCTETS)).isEqualTo(Amount.of(2000, 0));

        o.apply(o.engine.reportUsedUnits(o.record, octets(2000)));
        o.apply(o.engine.doCreditReservation(o.record, null, "normal again"));
        assertThat(o.step).as("covered: back to asking for the terms").isEqualTo(
                new RaStep(StepKind.RESERVE_UNITS, octets(1000), false, 5));
    }

    /** The grant of 1000 octets used up, the reservation CONTINUED, 500 used beyond it. */
    private static Driver usedBeyondAContinuedGrant() throws Exception {
        Driver o = new Driver(ChargingType.RESERVATION, Fixtures.OCTETS_1000);
        o.apply(o.engine.doCreditReservation(o.record, null, "setup")).sent();
        o.answer(reserved(1, octets(1000), LIFETIME));
        o.apply(o.engine.reportUsedUnits(o.record, octets(1000)));
        o.apply(o.engine.doCreditReservation(o.record, null, "more"));
        o.answer(reserveUnanswered(2, FailureHandlingResult.SESSION_CONTINUES));
        o.apply(o.engine.reportUsedUnits(o.record, octets(500)));
        o.takeEvents();
        return o;
    }

    @Test
    void theUsageBeyondTheGrantIsDebitedDirectlyWhenTheOcsStaysAwayUntilTheFinalisation() throws Exception {
        Driver o = usedBeyondAContinuedGrant();

        o.apply(o.engine.doCreditFinalisation(o.record, ReportingReason.FINAL));
        assertThat(o.step).isEqualTo(new RaStep(StepKind.DEBIT_UNITS, octets(1500), true, 3));
        o.answer(debited(3, octets(1000), octets(0)));

        assertThat(o.step).as("what the reservation did not hold, debited directly (CCR-EVENT)")
                .isEqualTo(new RaStep(StepKind.DIRECT_DEBIT_UNITS, octets(500), false, 4));
        o.answer(new org.sleecharging.events.DirectDebitUnitRes(Fixtures.SESSION, 4, octets(500), 5));
        assertThat(o.step.kind()).isEqualTo(StepKind.RELEASE);
        o.sent();
        assertThat(o.record.state()).isEqualTo(InstanceState.FINAL);
        assertThat(o.takeEvents()).as("everything used is charged").containsExactly(new CreditResult("call",
                ChargingInstruction.CREDIT_FINALISATION, CreditOutcome.SUCCESS, null, octets(1500), 2001, ""));
        assertThat(o.engine.counters(o.record).getUsed(Unit.OCTETS)).as("counted once")
                .isEqualTo(Amount.of(1500, 0));
    }

    @Test
    void aRefusedDebitOfTheExcessStillReleasesAndSaysWhatWasCharged() throws Exception {
        Driver o = usedBeyondAContinuedGrant();
        o.apply(o.engine.doCreditFinalisation(o.record, ReportingReason.FINAL));
        o.answer(debited(3, octets(1000), octets(0)));

        o.answer(new org.sleecharging.events.DirectDebitUnitErr(Fixtures.SESSION, 4,
                org.sleecharging.events.value.ChargingError.NO_DEBIT, "OCS answered 4012 for tel:+1", 5, 4012));

        assertThat(o.step.kind()).isEqualTo(StepKind.RELEASE);
        o.sent();
        assertThat(o.takeEvents()).containsExactly(new CreditResult("call", ChargingInstruction.CREDIT_FINALISATION,
                CreditOutcome.DENIED, null, octets(1000), 4012, ""));
    }

    @Test
    void aFinalDebitWithinTheReservationDebitsNothingDirectly() throws Exception {
        d.clock.advance(Duration.ofSeconds(10));
        d.apply(d.engine.doCreditFinalisation(d.record, ReportingReason.FINAL));
        d.answer(debited(2, seconds(10), seconds(50)));
        assertThat(d.step.kind()).isEqualTo(StepKind.RELEASE);
    }
}
