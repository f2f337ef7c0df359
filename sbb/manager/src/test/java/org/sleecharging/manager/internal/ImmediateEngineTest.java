package org.sleecharging.manager.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sleecharging.manager.internal.Fixtures.directCredited;
import static org.sleecharging.manager.internal.Fixtures.directDebitRefused;
import static org.sleecharging.manager.internal.Fixtures.directDebited;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.manager.ChargingInstanceAlreadyFinalisedException;
import org.sleecharging.manager.ChargingType;
import org.sleecharging.manager.CreditCheckAlreadyInProgressException;
import org.sleecharging.manager.ReportingReason;

class ImmediateEngineTest {
    private static final VolumeSet ONE = VolumeSet.of(Volume.of(1, Unit.NUMBER));

    private Driver d;

    @BeforeEach
    void newInstance() {
        d = new Driver(ChargingType.IMMEDIATE, Fixtures.ONE_SMS);
    }

    @Test
    void directDebitOpensTheSessionDebitsTheTermsAndCountsThemUsed() throws Exception {
        d.apply(d.engine.doDirectDebit(d.record, "submit"));
        assertThat(d.step.kind()).isEqualTo(StepKind.OPEN_SESSION);
        d.sent();
        assertThat(d.step).isEqualTo(new RaStep(StepKind.DIRECT_DEBIT_UNITS, ONE, false, 1));
        assertThat(d.record.state()).isEqualTo(InstanceState.INITIAL_CHECK);

        d.answer(directDebited(1, ONE));

        assertThat(d.record.state()).isEqualTo(InstanceState.MID);
        assertThat(d.takeEvents()).containsExactly(new CreditResult("call", ChargingInstruction.DIRECT_DEBIT,
                CreditOutcome.SUCCESS, null, ONE, 2001, "submit"));
        assertThat(d.engine.counters(d.record).getUsed(Unit.NUMBER)).isEqualTo(Amount.ONE);
        assertThat(d.engine.counters(d.record).getCreditChecks()).isEqualTo(1);
        assertThat(d.record.deadline(DeadlineKind.QUOTA)).isEqualTo(-1);
        assertThat(d.record.deadline(DeadlineKind.LIFETIME)).isEqualTo(-1);
    }

    @Test
    void refundTakesTheTermsOffTheUsedCounters() throws Exception {
        d.apply(d.engine.doDirectDebit(d.record, "submit")).sent();
        d.answer(directDebited(1, ONE));
        d.takeEvents();

        d.apply(d.engine.doRefund(d.record, "undelivered"));
        assertThat(d.step).isEqualTo(new RaStep(StepKind.DIRECT_CREDIT_UNITS, ONE, false, 2));
        d.answer(directCredited(2, ONE));

        assertThat(d.takeEvents()).containsExactly(new CreditResult("call", ChargingInstruction.REFUND,
                CreditOutcome.SUCCESS, null, ONE, 2001, "undelivered"));
        assertThat(d.engine.counters(d.record).getUsed(Unit.NUMBER)).isEqualTo(Amount.ZERO);
        assertThat(d.engine.counters(d.record).getCreditChecks()).isEqualTo(2);
    }

    @Test
    void aDeniedDebitLeavesTheInstanceInitialWithItsSession() throws Exception {
        d.apply(d.engine.doDirectDebit(d.record, "submit")).sent();
        d.answer(directDebitRefused(1, ChargingError.NO_DEBIT, 4012));

        assertThat(d.takeEvents()).containsExactly(new CreditResult("call", ChargingInstruction.DIRECT_DEBIT,
                CreditOutcome.DENIED, null, null, 4012, "submit"));
        assertThat(d.record.state()).isEqualTo(InstanceState.INITIAL);
        assertThat(d.record.sessionId()).isEqualTo(Fixtures.SESSION);
        assertThat(d.step).isNull();
    }

    @Test
    void releaseEndsTheSessionSilently() throws Exception {
        d.apply(d.engine.doDirectDebit(d.record, "submit")).sent();
        d.answer(directDebited(1, ONE));
        d.takeEvents();

        d.apply(d.engine.release(d.record));
        assertThat(d.step).isEqualTo(new RaStep(StepKind.RELEASE, null, false, 2));
        d.sent();

        assertThat(d.record.state()).isEqualTo(InstanceState.FINAL);
        assertThat(d.takeEvents()).isEmpty();
        assertThatThrownBy(() -> d.engine.doDirectDebit(d.record, "late"))
                .isInstanceOf(ChargingInstanceAlreadyFinalisedException.class);
        assertThatThrownBy(() -> d.engine.release(d.record))
                .isInstanceOf(ChargingInstanceAlreadyFinalisedException.class);
    }

    @Test
    void releaseWithoutASessionIsFinalAtOnceAndAnRaRefusalOfReleaseStillEndsIt() throws Exception {
        d.apply(d.engine.release(d.record));
        assertThat(d.step).isNull();
        assertThat(d.record.state()).isEqualTo(InstanceState.FINAL);

        Driver other = new Driver(ChargingType.IMMEDIATE, Fixtures.ONE_SMS);
        other.apply(other.engine.doDirectDebit(other.record, "submit")).sent();
        other.answer(directDebited(1, ONE));
        other.apply(other.engine.release(other.record));
        other.refused();
        assertThat(other.record.state()).isEqualTo(InstanceState.FINAL);
    }

    @Test
    void operationsWhileADebitIsOutAreRefused() throws Exception {
        d.apply(d.engine.doDirectDebit(d.record, "submit")).sent();

        assertThatThrownBy(() -> d.engine.doRefund(d.record, "x"))
                .isInstanceOf(CreditCheckAlreadyInProgressException.class);
        assertThatThrownBy(() -> d.engine.release(d.record))
                .isInstanceOf(CreditCheckAlreadyInProgressException.class);
    }

    @Test
    void reservationOperationsOnAnImmediateInstanceAreRejected() {
        assertThatThrownBy(() -> d.engine.doCreditReservation(d.record, null, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IMMEDIATE");
        assertThatThrownBy(() -> d.engine.doCreditFinalisation(d.record, ReportingReason.FINAL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.engine.reportUsedUnits(d.record, ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
