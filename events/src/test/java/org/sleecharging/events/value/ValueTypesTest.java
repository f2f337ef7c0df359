package org.sleecharging.events.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ValueTypesTest {

    @Test
    void amountIsExactAndCanonical() {
        Amount amount = Amount.of(1250, -3);

        assertThat(amount).isEqualTo(Amount.parse("1.25")).isEqualTo(Amount.parse("1.250")).hasSameHashCodeAs(Amount.parse("1.25"));
        assertThat(amount.number()).isEqualTo(125);
        assertThat(amount.exponent()).isEqualTo(-2);
        assertThat(Amount.parse("0.1").plus(Amount.parse("0.2"))).isEqualTo(Amount.parse("0.3"));
        assertThat(Amount.parse("100").exponent()).isEqualTo(2);
        assertThat(Amount.valueOf(BigDecimal.ZERO)).isSameAs(Amount.ZERO);
    }

    @Test
    void amountRejectsNegativeOverflowAndExponentsOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> Amount.of(-1, 0)).withMessageContaining("negative");
        assertThatIllegalArgumentException().isThrownBy(() -> Amount.ONE.minus(Amount.parse("1.01")))
                .withMessageContaining("negative");
        assertThatIllegalArgumentException().isThrownBy(() -> Amount.of(Long.MAX_VALUE, 0).plus(Amount.ONE))
                .withMessageContaining("overflows");
        assertThatIllegalArgumentException().isThrownBy(() -> Amount.of(1, Amount.MAX_EXPONENT + 1))
                .withMessageContaining("exponent");
        assertThatIllegalArgumentException().isThrownBy(() -> Amount.parse("1e-13")).withMessageContaining("exponent");
        assertThatIllegalArgumentException().isThrownBy(() -> Amount.parse("ten")).withMessageContaining("ten");
        assertThat(Amount.ONE.minusAtMost(Amount.parse("5"))).isEqualTo(Amount.ZERO);
    }

    @Test
    void moneyNeedsAnIso4217CodeAndOneCurrencyForArithmetic() {
        assertThat(Money.of("EUR", "1.5").plus(Money.of("EUR", "0.5"))).isEqualTo(Money.of("EUR", "2"));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("EUR", "1").plus(Money.of("USD", "1")))
                .withMessageContaining("USD");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("EURO", "1")).withMessageContaining("EURO");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("QQQ", "1")).withMessageContaining("QQQ");
        assertThatNullPointerException().isThrownBy(() -> Money.of((String) null, Amount.ONE));
    }

    @Test
    void volumeSetsKeepUnitsApartAndCompareAsSets() {
        VolumeSet set = VolumeSet.of(Volume.of(2, Unit.MINUTES), Volume.of(100, Unit.SECONDS));

        assertThat(set.volumes()).hasSize(2);
        assertThat(set).isEqualTo(VolumeSet.of(Volume.of(100, Unit.SECONDS), Volume.of(2, Unit.MINUTES)));
        assertThat(set.get(Unit.SECONDS)).contains(Volume.of(100, Unit.SECONDS));
        assertThat(set.get(Unit.OCTETS)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> VolumeSet.of(Volume.of(1, Unit.SECONDS), Volume.of(2, Unit.SECONDS)))
                .withMessageContaining("SECONDS twice");
        assertThatIllegalArgumentException().isThrownBy(() -> VolumeSet.of()).withMessageContaining("empty");
    }

    @Test
    void unitsAndErrorsCarryTheirParlayCodes() {
        assertThat(Unit.valueOf(3)).isEqualTo(Unit.MINUTES);
        assertThat(Unit.MINUTES.isTime()).isTrue();
        assertThat(Unit.OCTETS.isTime()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Unit.valueOf(6));
        assertThat(ChargingError.valueOf(9)).isEqualTo(ChargingError.RESERVATION_LIMIT);
        assertThat(ChargingError.RESERVATION_LIMIT.parlayName()).isEqualTo("P_CHS_ERR_RESERVATION_LIMIT");
        assertThat(SessionEndedCause.TIMER_EXPIRED.parlayName()).isEqualTo("P_CHS_CAUSE_TIMER_EXPIRED");
    }

    @Test
    void identifiersAndParametersValidateTheirParts() {
        assertThat(ChargingSessionId.of("n;1", 4)).isEqualTo(ChargingSessionId.of("n;1", 9));
        assertThatIllegalArgumentException().isThrownBy(() -> ChargingSessionId.of(" ", 1)).withMessageContaining("blank");
        assertThatIllegalArgumentException().isThrownBy(() -> ChargingSessionId.of("n", 0)).withMessageContaining("below 1");
        assertThatIllegalArgumentException().isThrownBy(() -> MerchantAccount.of("shop", -1)).withMessageContaining("shop");
        assertThatIllegalArgumentException().isThrownBy(() -> CorrelationId.of(1, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> ChargingParameters.of(
                ChargingParameter.ofInteger(1, 5), ChargingParameter.ofString(1, "x"))).withMessageContaining("twice");
        assertThat(ChargingParameters.of(ChargingParameter.ofInteger(ChargingParameter.RATING_GROUP, 5))
                .get(ChargingParameter.RATING_GROUP).get().integerValue()).isEqualTo(5);
        assertThatIllegalArgumentException().isThrownBy(() -> ChargingParameter.ofBoolean(2, true).stringValue());
    }
}
