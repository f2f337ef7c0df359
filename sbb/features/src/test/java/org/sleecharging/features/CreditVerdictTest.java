package org.sleecharging.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.value.Unit;
import org.sleecharging.netsim.Cause;

class CreditVerdictTest {

    @Test
    void successWithUnitsIsGrantedAndHasNoRefusalCause() {
        var result = Results.granted("voice", 60, Unit.SECONDS);

        assertThat(CreditVerdict.of(result)).isEqualTo(CreditVerdict.GRANTED);
        assertThat(CreditVerdict.refusalCause(result)).isNull();
    }

    @Test
    void successWithoutAnyUnitGrantedIsADenial() {
        var result = Results.granted("voice", 0, Unit.SECONDS);

        assertThat(CreditVerdict.of(result)).isEqualTo(CreditVerdict.DENIED);
        assertThat(CreditVerdict.refusalCause(result)).isEqualTo(Cause.CREDIT_DENIED);
    }

    @Test
    void successWithoutGrantedUnitsAtAll_asForADebit_isGranted() {
        var result = Results.of("message", ChargingInstruction.DIRECT_DEBIT, CreditOutcome.SUCCESS, 2001);

        assertThat(CreditVerdict.of(result)).isEqualTo(CreditVerdict.GRANTED);
    }

    @Test
    void creditLimitReachedIsCreditDenied() {
        var result = Results.reservation("voice", CreditOutcome.DENIED, 4012);

        assertThat(CreditVerdict.of(result)).isEqualTo(CreditVerdict.DENIED);
        assertThat(CreditVerdict.refusalCause(result)).isEqualTo(Cause.CREDIT_DENIED);
    }

    @Test
    void userUnknownIsItsOwnCause() {
        var result = Results.reservation("voice", CreditOutcome.DENIED, 5030);

        assertThat(CreditVerdict.refusalCause(result)).isEqualTo(Cause.USER_UNKNOWN);
    }

    @Test
    void noUsableAnswerIsAChargingFailureWhateverTheResultCode() {
        assertThat(CreditVerdict.refusalCause(Results.reservation("voice", CreditOutcome.FAILURE, 0)))
                .isEqualTo(Cause.CHARGING_FAILURE);
        assertThat(CreditVerdict.refusalCause(Results.reservation("voice", CreditOutcome.FAILURE, 5030)))
                .isEqualTo(Cause.CHARGING_FAILURE);
        assertThat(CreditVerdict.of(Results.reservation("voice", CreditOutcome.FAILURE, 3002)))
                .isEqualTo(CreditVerdict.FAILED);
    }

    @Test
    void continuedWithoutCreditControlIsItsOwnVerdictAndAChargingFailureForAServiceThatNeedsAGrant() {
        var result = Results.reservation("voice", CreditOutcome.CONTINUED, 0);

        assertThat(CreditVerdict.of(result)).isEqualTo(CreditVerdict.CONTINUED);
        assertThat(CreditVerdict.refusalCause(result)).isEqualTo(Cause.CHARGING_FAILURE);
    }
}
