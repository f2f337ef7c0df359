package org.sleecharging.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.FailureHandlingResult;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.PriceVolume;
import org.sleecharging.events.value.ReauthCause;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;

class EventValueSemanticsTest {

    private static final ChargingSessionId SESSION = ChargingSessionId.of("node-1;42", 7);

    @Test
    void equalFieldsMakeEqualEventsAndDifferentFieldsDoNot() {
        DebitAmountRes a = new DebitAmountRes(SESSION, 7, Money.of("EUR", "1.5"), Money.of("EUR", "3"), 8);
        DebitAmountRes b = new DebitAmountRes(SESSION, 7, Money.of("EUR", "1.50"), Money.of("EUR", "3.0"), 8);
        DebitAmountRes c = new DebitAmountRes(SESSION, 7, Money.of("EUR", "1.5"), Money.of("EUR", "3"), 9);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(a.toString()).contains("debitedAmount=1.5 EUR", "nextRequestNumber=8");
    }

    @Test
    void aReauthRequestSaysWhetherTheOcsAskedOrTheValidityTimeEnded() throws Exception {
        ReauthRequest rar = new ReauthRequest(SESSION, "+491700000001", 1L, null);
        ReauthRequest validity = new ReauthRequest(SESSION, ReauthCause.VALIDITY_TIME, null, null, null);

        assertThat(rar.getCause()).isEqualTo(ReauthCause.OCS_REQUEST);
        assertThat(validity.getCause()).isEqualTo(ReauthCause.VALIDITY_TIME);
        assertThat(validity).isNotEqualTo(new ReauthRequest(SESSION, null, null, null));
        assertThat(roundTrip(validity)).isEqualTo(validity);
        assertThat(validity.toString()).contains("cause=VALIDITY_TIME");
        assertThatNullPointerException().isThrownBy(() -> new ReauthRequest(SESSION, (ReauthCause) null, null, null, null));
    }

    @Test
    void anErrCarriesTheOcsResultCodeOrNoneAndOnlyAnUnsigned32() throws Exception {
        DirectDebitAmountErr refused = new DirectDebitAmountErr(SESSION, 7, ChargingError.NO_DEBIT, "OCS answered 4012", 8,
                4012);

        assertThat(refused.getResultCode()).isEqualTo(4012);
        assertThat(new DirectDebitAmountErr(SESSION, 7, ChargingError.NO_DEBIT, "OCS answered 4012", 8).getResultCode())
                .isEqualTo(RequestError.NO_RESULT_CODE);
        assertThat(refused).isNotEqualTo(new DirectDebitAmountErr(SESSION, 7, ChargingError.NO_DEBIT, "OCS answered 4012", 8));
        assertThat(roundTrip(refused)).isEqualTo(refused);
        assertThat(refused.toString()).contains("resultCode=4012");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new DebitUnitErr(SESSION, 7,
                ChargingError.NO_DEBIT, "", 8, -1)).withMessageContaining("Unsigned32");
    }

    @Test
    void resAndErrOfTheSameFieldsAreNotEqual() {
        assertThat(new DebitAmountErr(SESSION, 7, ChargingError.NO_DEBIT, "", 8))
                .isNotEqualTo(new CreditAmountErr(SESSION, 7, ChargingError.NO_DEBIT, "", 8));
    }

    @Test
    void eventsSurviveSerialization() throws Exception {
        RateRes rate = new RateRes(SESSION, Arrays.asList(PriceVolume.of(Money.of("EUR", "0.10"), Volume.of(1, Unit.MINUTES))),
                Duration.ofSeconds(30));
        CreditResult result = new CreditResult("call", ChargingInstruction.CREDIT_RESERVATION, CreditOutcome.SUCCESS,
                VolumeSet.of(Volume.of(60, Unit.SECONDS)), null, 2001, "setup");

        assertThat(roundTrip(rate)).isEqualTo(rate);
        assertThat(roundTrip(result)).isEqualTo(result);
    }

    @Test
    void aReservationErrSaysWhetherItsSessionContinuesWithoutCreditControl() throws Exception {
        ReserveUnitErr refused = new ReserveUnitErr(SESSION, 7, ChargingError.RESERVATION_LIMIT, "OCS answered 4012", 8);
        ReserveUnitErr continues = new ReserveUnitErr(SESSION, 7, ChargingError.UNDEFINED, "no answer", 8,
                FailureHandlingResult.SESSION_CONTINUES);
        ReserveAmountErr ends = new ReserveAmountErr(SESSION, 7, ChargingError.UNDEFINED, "no answer", 8,
                FailureHandlingResult.SESSION_ENDS);

        assertThat(refused.getFailureHandling()).isEqualTo(FailureHandlingResult.NOT_APPLIED);
        assertThat(continues.getFailureHandling()).isEqualTo(FailureHandlingResult.SESSION_CONTINUES);
        assertThat(continues).isNotEqualTo(new ReserveUnitErr(SESSION, 7, ChargingError.UNDEFINED, "no answer", 8,
                FailureHandlingResult.SESSION_ENDS));
        assertThat(continues.toString()).contains("failureHandling=SESSION_CONTINUES");
        assertThat(roundTrip(continues)).isEqualTo(continues);
        assertThat(roundTrip(ends)).isEqualTo(ends);
        assertThatNullPointerException().isThrownBy(() -> new ReserveUnitErr(SESSION, 7, ChargingError.UNDEFINED, "",
                8, null)).withMessageContaining("failureHandling");
    }

    @Test
    void mandatoryFieldsRejectNull() {
        assertThatNullPointerException().isThrownBy(() -> new ReserveUnitRes(SESSION, 1, null, Duration.ZERO, 2))
                .withMessageContaining("reservedUnits");
        assertThatNullPointerException().isThrownBy(() -> new SessionEnded(null, null)).withMessageContaining("sessionId");
    }

    private static Object roundTrip(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
