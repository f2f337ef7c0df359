package org.sleecharging.manager.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sleecharging.manager.internal.Fixtures.debited;
import static org.sleecharging.manager.internal.Fixtures.octets;
import static org.sleecharging.manager.internal.Fixtures.reserveRefused;
import static org.sleecharging.manager.internal.Fixtures.reserved;
import static org.sleecharging.manager.internal.Fixtures.seconds;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.InstructionPending;
import org.sleecharging.events.manager.PendingReason;
import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.manager.ChargingType;
import org.sleecharging.manager.InstructionAlreadyPendingException;
import org.sleecharging.manager.ReportingReason;

class PendingInstructionTest {
    private static final Duration LIFETIME = Duration.ofSeconds(30);

    private Driver granted(Driver d, long amount) throws Exception {
        d.apply(d.engine.doCreditReservation(d.record, null, "setup")).sent();
        Unit unit = d.record.terms().getUnits().volumes().get(0).unit();
        d.answer(reserved(1, VolumeSet.of(Volume.of(amount, unit)), LIFETIME));
        d.takeEvents();
        return d;
    }

    @Test
    void reauthRequestMakesCreditReservationPendingWithForcedReauthorisation() throws Exception {
        Driver d = granted(new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60), 60);

        d.apply(d.ra.reauthRequested(d.record));

        assertThat(d.record.pending()).isEqualTo(ChargingInstruction.CREDIT_RESERVATION);
        assertThat(d.record.pendingReason()).isEqualTo(ReportingReason.FORCED_REAUTHORISATION);
        assertThat(d.takeEvents()).containsExactly(
                new InstructionPending("call", ChargingInstruction.CREDIT_RESERVATION, PendingReason.REAUTH_REQUEST));
        assertThat(d.record.deadline(DeadlineKind.QUOTA)).as("no quota alarm while an instruction is pending")
                .isEqualTo(-1);

        d.clock.advance(Duration.ofSeconds(3));
        d.apply(d.engine.doCreditReservation(d.record, null, "reauth"));
        assertThat(d.record.check.reason).isEqualTo(ReportingReason.FORCED_REAUTHORISATION);
        assertThat(d.record.pending()).isEqualTo(ChargingInstruction.NONE);
        assertThat(d.record.pendingReason()).isEqualTo(ReportingReason.NONE);
        assertThat(d.step).isEqualTo(new RaStep(StepKind.DEBIT_UNITS, seconds(3), false, 2));
    }

    @Test
    void validityTimeEndMakesCreditReservationPendingWithValidityTimeUnlessAlreadyPending() throws Exception {
        Driver d = granted(new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60), 60);

        d.apply(d.ra.validityTimeEnded(d.record));

        assertThat(d.record.pending()).isEqualTo(ChargingInstruction.CREDIT_RESERVATION);
        assertThat(d.record.pendingReason()).isEqualTo(ReportingReason.VALIDITY_TIME);
        assertThat(d.takeEvents()).containsExactly(new InstructionPending("call",
                ChargingInstruction.CREDIT_RESERVATION, PendingReason.VALIDITY_TIME_EXPIRED));
        InstanceRecord pending = d.record;
        assertThat(d.ra.validityTimeEnded(pending).record()).as("a second end changes nothing").isSameAs(pending);

        d.clock.advance(Duration.ofSeconds(2));
        d.apply(d.engine.doCreditReservation(d.record, null, "validity"));
        assertThat(d.record.check.reason).isEqualTo(ReportingReason.VALIDITY_TIME);
        assertThat(d.record.pendingReason()).isEqualTo(ReportingReason.NONE);
    }

    @Test
    void validityTimeEndDoesNotReplaceAReauthRequestOrAPendingFinalisation() throws Exception {
        Driver d = granted(new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60), 60);
        d.apply(d.ra.reauthRequested(d.record));
        d.takeEvents();
        InstanceRecord reauth = d.record;

        assertThat(d.ra.validityTimeEnded(reauth).record()).isSameAs(reauth);
        assertThat(reauth.pendingReason()).isEqualTo(ReportingReason.FORCED_REAUTHORISATION);
        assertThat(d.ra.validityTimeEnded(new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60).record).events())
                .as("before the first grant").isEmpty();
    }

    @Test
    void reauthRequestIsIgnoredWhileACheckIsOutOrBeforeTheFirstGrant() throws Exception {
        Driver d = new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60);
        InstanceRecord initial = d.record;
        assertThat(d.ra.reauthRequested(initial).record()).isSameAs(initial);

        d.apply(d.engine.doCreditReservation(d.record, null, "setup")).sent();
        InstanceRecord checking = d.record;
        d.apply(d.ra.reauthRequested(checking));

        assertThat(d.record).isSameAs(checking);
        assertThat(d.takeEvents()).isEmpty();
    }

    @Test
    void aPendingFinalisationBlocksReservationUntilCleared() throws Exception {
        Driver d = granted(new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60), 60);
        d.clock.advance(Duration.ofSeconds(1));
        d.apply(d.engine.doCreditReservation(d.record, null, "mid"));
        d.answer(debited(2, seconds(1), seconds(59)));
        d.answer(reserveRefused(3, ChargingError.RESERVATION_LIMIT, 4012));
        InstanceRecord pending = d.record;

        assertThatThrownBy(() -> d.engine.doCreditReservation(pending, null, "again"))
                .isInstanceOfSatisfying(InstructionAlreadyPendingException.class, e -> {
                    assertThat(e.getPendingInstruction()).isEqualTo(ChargingInstruction.CREDIT_FINALISATION);
                    assertThat(e.getPendingReportingReason()).isEqualTo(ReportingReason.FINAL);
                    assertThat(e.getInstanceName()).isEqualTo("call");
                });
        assertThat(d.ra.reauthRequested(pending).record()).as("re-auth does not override finalisation")
                .isSameAs(pending);

        InstanceRecord cleared = d.engine.clearInstruction(pending);
        assertThat(cleared.pending()).isEqualTo(ChargingInstruction.NONE);
        assertThat(pending.pending()).as("the given record is never changed")
                .isEqualTo(ChargingInstruction.CREDIT_FINALISATION);
        d.apply(d.engine.doCreditReservation(cleared, null, "again"));
        assertThat(d.step.kind()).isEqualTo(StepKind.RESERVE_UNITS);
    }

    @Test
    void finalisationIsAllowedWhateverIsPending() throws Exception {
        Driver d = granted(new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60), 60);
        d.apply(d.ra.reauthRequested(d.record));

        d.apply(d.engine.doCreditFinalisation(d.record, ReportingReason.FINAL));

        assertThat(d.record.state()).isEqualTo(InstanceState.FINALISING);
        assertThat(d.record.pending()).isEqualTo(ChargingInstruction.NONE);
    }

    @Test
    void meteredTimeUsingUpTheGrantMakesCreditReservationPending() throws Exception {
        Driver d = granted(new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60), 60);
        long deadline = d.record.deadline(DeadlineKind.QUOTA);
        d.clock.advance(Duration.ofSeconds(60));

        d.apply(d.ra.deadlineReached(d.record, DeadlineKind.QUOTA, deadline));

        assertThat(d.record.pending()).isEqualTo(ChargingInstruction.CREDIT_RESERVATION);
        assertThat(d.record.pendingReason()).isEqualTo(ReportingReason.QUOTA_EXHAUSTED);
        assertThat(d.takeEvents()).containsExactly(new InstructionPending("call",
                ChargingInstruction.CREDIT_RESERVATION, PendingReason.QUOTA_EXHAUSTED));
        assertThat(d.engine.counters(d.record).getRemaining(Unit.SECONDS)).isEqualTo(Amount.ZERO);
        assertThat(d.engine.counters(d.record).getUsed(Unit.SECONDS)).isEqualTo(Amount.of(60, 0));
        assertThat(d.record.deadline(DeadlineKind.QUOTA)).isEqualTo(-1);
    }

    @Test
    void reportedUnitsUsingUpTheGrantMakeCreditReservationPending() throws Exception {
        Driver d = granted(new Driver(ChargingType.RESERVATION, Fixtures.OCTETS_1000), 1000);
        assertThat(d.record.deadline(DeadlineKind.QUOTA)).as("octets are not metered by time").isEqualTo(-1);

        d.apply(d.engine.reportUsedUnits(d.record, octets(600)));
        assertThat(d.takeEvents()).isEmpty();
        assertThat(d.engine.counters(d.record).getRemaining(Unit.OCTETS)).isEqualTo(Amount.of(400, 0));
        d.apply(d.engine.reportUsedUnits(d.record, octets(450)));

        assertThat(d.takeEvents()).containsExactly(new InstructionPending("call",
                ChargingInstruction.CREDIT_RESERVATION, PendingReason.QUOTA_EXHAUSTED));
        assertThat(d.engine.counters(d.record).getUsed(Unit.OCTETS)).isEqualTo(Amount.of(1050, 0));
        assertThat(d.engine.counters(d.record).getRemaining(Unit.OCTETS)).isEqualTo(Amount.ZERO);

        d.apply(d.engine.doCreditReservation(d.record, null, "more"));
        assertThat(d.record.check.reason).isEqualTo(ReportingReason.QUOTA_EXHAUSTED);
        // The grant is used up: reserve first, since a debit of all of it would end the RA's
        // reservation (TS 29.198-12 §9.1) and nothing more could be reserved after it.
        assertThat(d.step).isEqualTo(new RaStep(StepKind.RESERVE_UNITS, octets(1000), false, 2));
        d.answer(reserved(2, octets(2000), LIFETIME));
        assertThat(d.step).isEqualTo(new RaStep(StepKind.DEBIT_UNITS, octets(1050), false, 3));
        d.answer(debited(3, octets(1050), octets(950)));

        assertThat(d.record.state()).isEqualTo(InstanceState.MID);
        assertThat(d.engine.counters(d.record).getUsed(Unit.OCTETS)).isEqualTo(Amount.of(1050, 0));
        assertThat(d.engine.counters(d.record).getRemaining(Unit.OCTETS)).isEqualTo(Amount.of(950, 0));
    }

    @Test
    void aRefusedReservationOfAUsedUpGrantKeepsTheUsageForTheFinalisation() throws Exception {
        Driver d = granted(new Driver(ChargingType.RESERVATION, Fixtures.OCTETS_1000), 1000);
        d.apply(d.engine.reportUsedUnits(d.record, octets(1000)));
        d.takeEvents();

        d.apply(d.engine.doCreditReservation(d.record, null, "more"));
        assertThat(d.step.kind()).isEqualTo(StepKind.RESERVE_UNITS);
        d.answer(reserveRefused(2, ChargingError.NO_CREDIT, 4012));

        assertThat(d.record.pending()).isEqualTo(ChargingInstruction.CREDIT_FINALISATION);
        d.apply(d.engine.doCreditFinalisation(d.record, ReportingReason.FINAL));
        assertThat(d.step).isEqualTo(new RaStep(StepKind.DEBIT_UNITS, octets(1000), true, 3));
    }

    @Test
    void anExplicitReasonReplacesThePendingOne() throws Exception {
        Driver d = granted(new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60), 60);
        d.apply(d.ra.reauthRequested(d.record));

        d.apply(d.engine.doCreditReservation(d.record, ReportingReason.RATING_CONDITION_CHANGE, "rcc"));

        assertThat(d.record.check.reason).isEqualTo(ReportingReason.RATING_CONDITION_CHANGE);
    }
}
