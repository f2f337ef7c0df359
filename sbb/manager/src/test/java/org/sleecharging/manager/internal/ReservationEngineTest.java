package org.sleecharging.manager.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sleecharging.manager.internal.Fixtures.debitRefused;
import static org.sleecharging.manager.internal.Fixtures.debited;
import static org.sleecharging.manager.internal.Fixtures.reserveRefused;
import static org.sleecharging.manager.internal.Fixtures.reserved;
import static org.sleecharging.manager.internal.Fixtures.seconds;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.events.manager.ChargingInstanceEnded;
import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.Unit;
import org.sleecharging.manager.ChargingInstanceAlreadyFinalisedException;
import org.sleecharging.manager.ChargingState;
import org.sleecharging.manager.ChargingType;
import org.sleecharging.manager.CreditCheckAlreadyInProgressException;
import org.sleecharging.manager.ReportingReason;
import org.sleecharging.manager.SessionCounters;

class ReservationEngineTest {
    private static final Duration LIFETIME = Duration.ofSeconds(30);

    private Driver d;

    @BeforeEach
    void newInstance() {
        d = new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60);
    }

    /** First reservation: open the session, reserve the terms with the first request number, grant 60 s. */
    private void granted60() throws Exception {
        d.apply(d.engine.doCreditReservation(d.record, null, "setup"));
        assertThat(d.step.kind()).isEqualTo(StepKind.OPEN_SESSION);
        d.sent();
        assertThat(d.step).isEqualTo(new RaStep(StepKind.RESERVE_UNITS, seconds(60), false, 1));
        d.answer(reserved(1, seconds(60), LIFETIME));
    }

    @Test
    void firstReservationOpensTheSessionReservesAndMovesToMid() throws Exception {
        assertThat(d.record.state().chargingState()).isEqualTo(ChargingState.INITIAL);
        d.apply(d.engine.doCreditReservation(d.record, null, "setup"));
        assertThat(d.record.state()).isEqualTo(InstanceState.INITIAL_CHECK);
        d.sent();
        assertThat(d.record.sessionId()).isEqualTo(Fixtures.SESSION);
        assertThat(d.takeEvents()).isEmpty();

        d.answer(reserved(1, seconds(60), LIFETIME));

        assertThat(d.record.state()).isEqualTo(InstanceState.MID);
        assertThat(d.step).isNull();
        assertThat(d.takeEvents()).containsExactly(new CreditResult("call", ChargingInstruction.CREDIT_RESERVATION,
                CreditOutcome.SUCCESS, seconds(60), null, 2001, "setup"));
        SessionCounters counters = d.engine.counters(d.record);
        assertThat(counters.getGranted(Unit.SECONDS)).isEqualTo(Amount.of(60, 0));
        assertThat(counters.getRemaining(Unit.SECONDS)).isEqualTo(Amount.of(60, 0));
        assertThat(counters.getUsed(Unit.SECONDS)).isEqualTo(Amount.ZERO);
        assertThat(counters.getCreditChecks()).isEqualTo(1);
        assertThat(d.record.deadline(DeadlineKind.LIFETIME)).isEqualTo(1_000_000L + 25_000L);
        assertThat(d.record.deadline(DeadlineKind.QUOTA)).isEqualTo(1_000_000L + 60_000L);
    }

    @Test
    void aSecondCheckWhileOneIsOutIsRefusedAndChangesNothing() throws Exception {
        d.apply(d.engine.doCreditReservation(d.record, null, "setup"));
        InstanceRecord before = d.record;

        assertThatThrownBy(() -> d.engine.doCreditReservation(before, null, "again"))
                .isInstanceOfSatisfying(CreditCheckAlreadyInProgressException.class, e -> {
                    assertThat(e.getInstanceName()).isEqualTo("call");
                    assertThat(e.getInstructionInProgress()).isEqualTo(ChargingInstruction.CREDIT_RESERVATION);
                });
        assertThatThrownBy(() -> d.engine.doCreditFinalisation(before, ReportingReason.FINAL))
                .isInstanceOf(CreditCheckAlreadyInProgressException.class);
        assertThat(d.record).isSameAs(before);
        assertThat(before.state()).isEqualTo(InstanceState.INITIAL_CHECK);
    }

    @Test
    void furtherReservationDebitsMeteredTimeThenReservesAgain() throws Exception {
        granted60();
        d.takeEvents();
        d.clock.advance(Duration.ofSeconds(20));
        assertThat(d.engine.counters(d.record).getUsed(Unit.SECONDS)).isEqualTo(Amount.of(20, 0));
        assertThat(d.engine.counters(d.record).getRemaining(Unit.SECONDS)).isEqualTo(Amount.of(40, 0));

        d.apply(d.engine.doCreditReservation(d.record, ReportingReason.THRESHOLD, "mid"));
        assertThat(d.step).isEqualTo(new RaStep(StepKind.DEBIT_UNITS, seconds(20), false, 2));
        assertThat(d.record.check.reason).isEqualTo(ReportingReason.THRESHOLD);
        d.answer(debited(2, seconds(20), seconds(40)));
        assertThat(d.step).isEqualTo(new RaStep(StepKind.RESERVE_UNITS, seconds(60), false, 3));
        assertThat(d.takeEvents()).isEmpty();
        d.answer(reserved(3, seconds(100), LIFETIME));

        assertThat(d.takeEvents()).containsExactly(new CreditResult("call", ChargingInstruction.CREDIT_RESERVATION,
                CreditOutcome.SUCCESS, seconds(100), seconds(20), 2001, "mid"));
        SessionCounters counters = d.engine.counters(d.record);
        assertThat(counters.getGranted(Unit.SECONDS)).isEqualTo(Amount.of(120, 0));
        assertThat(counters.getUsed(Unit.SECONDS)).isEqualTo(Amount.of(20, 0));
        assertThat(counters.getRemaining(Unit.SECONDS)).isEqualTo(Amount.of(100, 0));
        assertThat(counters.getCreditChecks()).isEqualTo(2);
        assertThat(d.record.state()).isEqualTo(InstanceState.MID);
    }

    @Test
    void furtherReservationsDebitWholeSecondsAndCarryTheFractionToTheFinalReport() throws Exception {
        granted60();
        d.takeEvents();
        d.clock.advance(Duration.ofMillis(1_500));

        d.apply(d.engine.doCreditReservation(d.record, ReportingReason.THRESHOLD, "mid"));
        assertThat(d.step).isEqualTo(new RaStep(StepKind.DEBIT_UNITS, seconds(1), false, 2));
        d.answer(debited(2, seconds(1), seconds(59)));
        d.answer(reserved(3, seconds(60), LIFETIME));
        d.takeEvents();
        d.clock.advance(Duration.ofMillis(700));

        d.apply(d.engine.doCreditFinalisation(d.record, ReportingReason.FINAL));
        // 0.5 s carried + 0.7 s metered = 1.2 s, rounded up once: 2.2 s of talk is charged 3 s in all.
        assertThat(d.step).isEqualTo(new RaStep(StepKind.DEBIT_UNITS, seconds(2), true, 4));
    }

    @Test
    void finalisationDebitsTheRestClosesAndReleases() throws Exception {
        granted60();
        d.takeEvents();
        d.clock.advance(Duration.ofMillis(15_250));

        d.apply(d.engine.doCreditFinalisation(d.record, ReportingReason.FINAL));
        assertThat(d.record.state()).isEqualTo(InstanceState.FINALISING);
        // CC-Time is whole seconds (RFC 4006 §8.21): the final report rounds 15.25 s up once.
        assertThat(d.step).isEqualTo(new RaStep(StepKind.DEBIT_UNITS, seconds(16), true, 2));
        d.answer(debited(2, seconds(16), seconds(0)));
        assertThat(d.step).isEqualTo(new RaStep(StepKind.RELEASE, null, false, 3));
        assertThat(d.takeEvents()).isEmpty();
        d.sent();

        assertThat(d.record.state()).isEqualTo(InstanceState.FINAL);
        assertThat(d.takeEvents()).containsExactly(new CreditResult("call", ChargingInstruction.CREDIT_FINALISATION,
                CreditOutcome.SUCCESS, null, seconds(16), 2001, ""));
        assertThat(d.record.deadline(DeadlineKind.LIFETIME)).isEqualTo(-1);
        assertThat(d.record.deadline(DeadlineKind.QUOTA)).isEqualTo(-1);
        d.clock.advance(Duration.ofSeconds(10));
        assertThat(d.engine.counters(d.record).getUsed(Unit.SECONDS)).isEqualTo(Amount.parse("15.25"));
        assertThatThrownBy(() -> d.engine.doCreditReservation(d.record, null, "late"))
                .isInstanceOf(ChargingInstanceAlreadyFinalisedException.class);
        assertThatThrownBy(() -> d.engine.doCreditFinalisation(d.record, ReportingReason.FINAL))
                .isInstanceOf(ChargingInstanceAlreadyFinalisedException.class);
        assertThatThrownBy(() -> d.engine.suspend(d.record))
                .isInstanceOf(ChargingInstanceAlreadyFinalisedException.class);
        assertThatThrownBy(() -> d.engine.resume(d.record, true))
                .isInstanceOf(ChargingInstanceAlreadyFinalisedException.class);
        assertThatThrownBy(() -> d.engine.reportUsedUnits(d.record, seconds(1)))
                .isInstanceOf(ChargingInstanceAlreadyFinalisedException.class);
    }

    @Test
    void finalisationBeforeAnythingWasSentEndsAtOnce() throws Exception {
        d.apply(d.engine.doCreditFinalisation(d.record, ReportingReason.FINAL));

        assertThat(d.step).isNull();
        assertThat(d.record.state()).isEqualTo(InstanceState.FINAL);
        assertThat(d.takeEvents()).containsExactly(new CreditResult("call", ChargingInstruction.CREDIT_FINALISATION,
                CreditOutcome.SUCCESS, null, null, 0, ""));
    }

    @Test
    void aFailedFinalReportStillReleasesTheSessionAndReportsTheRefusal() throws Exception {
        granted60();
        d.takeEvents();
        d.clock.advance(Duration.ofSeconds(5));
        d.apply(d.engine.doCreditFinalisation(d.record, ReportingReason.FINAL));
        d.answer(debitRefused(2, ChargingError.NO_DEBIT, 4010));
        assertThat(d.step.kind()).isEqualTo(StepKind.RELEASE);
        d.sent();

        assertThat(d.record.state()).isEqualTo(InstanceState.FINAL);
        assertThat(d.takeEvents()).containsExactly(new CreditResult("call", ChargingInstruction.CREDIT_FINALISATION,
                CreditOutcome.DENIED, null, null, 4010, ""));
    }

    @Test
    void refusedFirstReservationReleasesTheSessionAndEndsTheInstance() throws Exception {
        d.apply(d.engine.doCreditReservation(d.record, null, "setup")).sent();
        d.answer(reserveRefused(1, ChargingError.RESERVATION_LIMIT, 4012));

        assertThat(d.takeEvents()).containsExactly(new CreditResult("call", ChargingInstruction.CREDIT_RESERVATION,
                CreditOutcome.DENIED, null, null, 4012, "setup"));
        assertThat(d.step).isEqualTo(new RaStep(StepKind.RELEASE, null, false, 2));
        assertThat(d.record.state()).isEqualTo(InstanceState.FINALISING);
        d.sent();
        assertThat(d.record.state()).isEqualTo(InstanceState.FINAL);
        assertThat(d.takeEvents()).containsExactly(
                new ChargingInstanceEnded("call", "first credit reservation refused (Result-Code 4012)"));
        assertThat(d.engine.counters(d.record).getCreditChecks()).isEqualTo(1);
    }

    @Test
    void failedFirstReservationStaysInitialAndRetriesOnTheSameSession() throws Exception {
        d.apply(d.engine.doCreditReservation(d.record, null, "setup")).sent();
        d.answer(reserveRefused(1, ChargingError.UNDEFINED, 0));

        assertThat(d.takeEvents()).containsExactly(new CreditResult("call", ChargingInstruction.CREDIT_RESERVATION,
                CreditOutcome.FAILURE, null, null, 0, "setup"));
        assertThat(d.record.state()).isEqualTo(InstanceState.INITIAL);
        assertThat(d.step).isNull();

        d.apply(d.engine.doCreditReservation(d.record, null, "retry"));
        assertThat(d.step).isEqualTo(new RaStep(StepKind.RESERVE_UNITS, seconds(60), false, 2));
    }

    @Test
    void refusedFurtherReservationMakesFinalisationPending() throws Exception {
        granted60();
        d.takeEvents();
        d.clock.advance(Duration.ofSeconds(10));
        d.apply(d.engine.doCreditReservation(d.record, null, "mid"));
        d.answer(debited(2, seconds(10), seconds(50)));
        d.answer(reserveRefused(3, ChargingError.RESERVATION_LIMIT, 4012));

        assertThat(d.takeEvents()).containsExactly(new CreditResult("call", ChargingInstruction.CREDIT_RESERVATION,
                CreditOutcome.DENIED, null, seconds(10), 4012, "mid"));
        assertThat(d.record.state()).isEqualTo(InstanceState.MID);
        assertThat(d.record.pending()).isEqualTo(ChargingInstruction.CREDIT_FINALISATION);
        assertThat(d.record.pendingReason()).isEqualTo(ReportingReason.FINAL);
        assertThat(d.record.deadline(DeadlineKind.QUOTA)).as("no quota alarm over a pending finalisation")
                .isEqualTo(-1);
    }

    @Test
    void aFailedDebitPutsTheUsageBackForTheNextReport() throws Exception {
        granted60();
        d.clock.advance(Duration.ofSeconds(10));
        d.apply(d.engine.doCreditReservation(d.record, null, "mid"));
        d.answer(debitRefused(2, ChargingError.UNDEFINED, 0));
        assertThat(d.record.state()).isEqualTo(InstanceState.MID);
        d.clock.advance(Duration.ofSeconds(5));

        d.apply(d.engine.doCreditReservation(d.record, null, "again"));

        assertThat(d.step).isEqualTo(new RaStep(StepKind.DEBIT_UNITS, seconds(15), false, 3));
        assertThat(d.engine.counters(d.record).getUsed(Unit.SECONDS)).isEqualTo(Amount.of(15, 0));
    }

    @Test
    void staleAndDuplicateAnswersChangeNothing() throws Exception {
        d.apply(d.engine.doCreditReservation(d.record, null, "setup")).sent();
        InstanceRecord waiting = d.record;

        d.answer(reserved(7, seconds(60), LIFETIME));
        assertThat(d.record).isSameAs(waiting);
        d.answer(debited(1, seconds(1), seconds(1)));
        assertThat(d.record).isSameAs(waiting);

        d.answer(reserved(1, seconds(60), LIFETIME));
        InstanceRecord answered = d.record;
        d.takeEvents();
        d.answer(reserved(1, seconds(60), LIFETIME));
        assertThat(d.record).isSameAs(answered);
        assertThat(d.takeEvents()).isEmpty();
    }

    @Test
    void anRaRefusalWhenOpeningTheSessionFailsTheCheck() throws Exception {
        d.apply(d.engine.doCreditReservation(d.record, null, "setup"));
        d.refused();

        assertThat(d.record.state()).isEqualTo(InstanceState.INITIAL);
        assertThat(d.record.sessionId()).isNull();
        assertThat(d.takeEvents()).containsExactly(new CreditResult("call", ChargingInstruction.CREDIT_RESERVATION,
                CreditOutcome.FAILURE, null, null, 0, "setup"));
        assertThat(d.engine.counters(d.record).getCreditChecks()).as("no answer, no credit check").isZero();
    }

    @Test
    void reportedUnitsOfAnUnreservedUnitAreRejected() {
        assertThatThrownBy(() -> d.engine.reportUsedUnits(d.record, Fixtures.octets(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OCTETS");
    }

    @Test
    void immediateOperationsOnAReservationInstanceAreRejected() {
        assertThatThrownBy(() -> d.engine.doDirectDebit(d.record, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RESERVATION");
        assertThatThrownBy(() -> d.engine.doRefund(d.record, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.engine.release(d.record)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankNamesAreRejected() {
        assertThatThrownBy(() -> d.engine.create(" ", ChargingType.RESERVATION, Fixtures.SECONDS_60))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
