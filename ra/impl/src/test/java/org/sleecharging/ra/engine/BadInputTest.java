package org.sleecharging.ra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collections;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.ra.engine.request.Operation;
import org.sleecharging.ra.engine.ro.ChargedUser;
import org.sleecharging.ratype.ChargingException;
import org.sleecharging.ratype.InvalidAmountException;
import org.sleecharging.ratype.InvalidCurrencyException;
import org.sleecharging.ratype.InvalidSessionIdException;
import org.sleecharging.ratype.InvalidUserException;
import org.sleecharging.ratype.InvalidVolumeException;
import org.sleecharging.ratype.ParlayExceptionCode;

/** Bad input gets its documented exception and changes nothing: no CCR, no event, same numbers and books. */
class BadInputTest extends EngineFixture {

    private ChargingSessionId id;
    private int next;
    private int eventsBefore;

    @BeforeEach
    void reservedSession() throws Exception {
        id = session();
        reserve(id, "10");
        next = engine.nextRequestNumber(id);
        eventsBefore = listener.events.size();
    }

    private void assertRefusedWithoutChange(Class<? extends ChargingException> type, ParlayExceptionCode code,
            Executable call) throws Exception {
        int sent = port.sent.size();
        Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(type, call);
        assertThat(((ChargingException) thrown).getCode()).isEqualTo(code);
        assertThat(((ChargingException) thrown).getExtraInformation()).isNotBlank();
        assertThat(port.sent).hasSize(sent);
        assertThat(listener.events).hasSize(eventsBefore);
        assertThat(engine.nextRequestNumber(id)).isEqualTo(next);
        assertThat(engine.amountLeft(id)).isEqualTo(eur("10"));
    }

    @Test
    void unsupportedCurrency() throws Exception {
        assertRefusedWithoutChange(InvalidCurrencyException.class, ParlayExceptionCode.P_INVALID_CURRENCY,
                () -> engine.chargeAmount(id, Operation.DEBIT_AMOUNT, APP, Money.of("JPY", "1"), false, next));
    }

    @Test
    void malformedCurrencyCannotEvenBeConstructed() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("eur", "1")).withMessageContaining("eur");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("XYZ", "1")).withMessageContaining("XYZ");
    }

    @Test
    void zeroAmount() throws Exception {
        assertRefusedWithoutChange(InvalidAmountException.class, ParlayExceptionCode.P_INVALID_AMOUNT,
                () -> engine.chargeAmount(id, Operation.DEBIT_AMOUNT, APP, eur("0.00"), false, next));
    }

    @Test
    void minimumAboveThePreferredAmount() throws Exception {
        assertRefusedWithoutChange(InvalidAmountException.class, ParlayExceptionCode.P_INVALID_AMOUNT,
                () -> engine.reserveAmount(id, APP, ChargingParameters.NONE, eur("1"), eur("2"), next));
    }

    @Test
    void negativeOverflowingAndOutOfRangeAmountsCannotBeConstructed() {
        assertThatIllegalArgumentException().isThrownBy(() -> Amount.parse("-1")).withMessageContaining("negative");
        assertThatIllegalArgumentException().isThrownBy(() -> Amount.parse("92233720368547758080"))
                .withMessageContaining("overflows");
        assertThatIllegalArgumentException().isThrownBy(() -> Amount.of(1, 13)).withMessageContaining("exponent 13");
        assertThatIllegalArgumentException().isThrownBy(() -> Amount.of(1, -13)).withMessageContaining("exponent -13");
        assertThatIllegalArgumentException().isThrownBy(() -> Amount.of(Long.MAX_VALUE, 0).plus(Amount.ONE))
                .withMessageContaining("overflows");
    }

    @Test
    void zeroVolume() throws Exception {
        assertRefusedWithoutChange(InvalidVolumeException.class, ParlayExceptionCode.P_INVALID_VOLUME,
                () -> engine.directUnit(id, Operation.DIRECT_DEBIT_UNIT, APP, ChargingParameters.NONE,
                        volumes(Volume.of(0, org.sleecharging.events.value.Unit.OCTETS)), next));
    }

    @Test
    void emptyOrDuplicateUnitVolumeSetsCannotBeConstructed() {
        assertThatIllegalArgumentException().isThrownBy(() -> VolumeSet.of(Collections.<Volume>emptyList()))
                .withMessageContaining("empty");
        assertThatIllegalArgumentException().isThrownBy(() -> VolumeSet.of(minutes(1), minutes(2)))
                .withMessageContaining("MINUTES twice");
    }

    @Test
    void unknownSessionId() throws Exception {
        ChargingSessionId unknown = ChargingSessionId.of("node-z;1;1", 5);

        assertThatThrownBy(() -> engine.reserveAmount(unknown, APP, ChargingParameters.NONE, eur("1"), eur("0"), 5))
                .isInstanceOf(InvalidSessionIdException.class).hasMessageContaining("node-z;1;1");
        assertThatThrownBy(() -> engine.amountLeft(unknown)).isInstanceOf(InvalidSessionIdException.class);
        assertThat(port.sent).hasSize(1);
    }

    @Test
    void everyOperationAfterReleaseIsAnInvalidSessionId() throws Exception {
        engine.release(id, next);
        int sent = port.sent.size();

        assertThatThrownBy(() -> engine.reserveAmount(id, APP, ChargingParameters.NONE, eur("1"), eur("0"), next + 1))
                .isInstanceOf(InvalidSessionIdException.class);
        assertThatThrownBy(() -> engine.release(id, next)).isInstanceOf(InvalidSessionIdException.class);
        assertThatThrownBy(() -> engine.extendLifeTime(id)).isInstanceOf(InvalidSessionIdException.class);
        assertThatThrownBy(() -> engine.rate(id, ChargingParameters.NONE)).isInstanceOf(InvalidSessionIdException.class);
        assertThatThrownBy(() -> engine.lifeTimeLeft(id)).isInstanceOf(InvalidSessionIdException.class);
        assertThat(port.sent).hasSize(sent);
    }

    @Test
    void invalidUsers() {
        assertThatThrownBy(() -> ChargingEngine.user(ChargedUser.Type.END_USER_E164, "bob")).isInstanceOf(
                InvalidUserException.class).hasMessageContaining("bob");
        assertThatThrownBy(() -> ChargingEngine.user(ChargedUser.Type.END_USER_SIP_URI, null)).isInstanceOf(
                InvalidUserException.class);
        assertThatThrownBy(() -> engine.createSplitSession("x", MERCHANT, Arrays.asList(ALICE, ALICE), CORRELATION))
                .isInstanceOf(InvalidUserException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> engine.createSplitSession("x", MERCHANT, Arrays.asList(ALICE), CORRELATION))
                .isInstanceOf(InvalidUserException.class);
        assertThat(engine.liveSessions()).isEqualTo(1);
    }
}
