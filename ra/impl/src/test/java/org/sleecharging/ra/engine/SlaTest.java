package org.sleecharging.ra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.MerchantAccount;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.Unit;
import org.sleecharging.ra.engine.request.Operation;
import org.sleecharging.ratype.InvalidAccountException;
import org.sleecharging.ratype.InvalidAmountException;
import org.sleecharging.ratype.InvalidCurrencyException;
import org.sleecharging.ratype.InvalidVolumeException;
import org.sleecharging.ratype.MethodNotSupportedException;
import org.sleecharging.ratype.TaskRefusedException;

class SlaTest {

    private static EngineFixture with(SlaConfig.Builder sla) {
        return new EngineFixture(sla.build());
    }

    @Test
    void debitOutsideThePerCurrencyRangeIsAnInvalidAmount() throws Exception {
        EngineFixture f = with(EngineFixture.defaultSla()
                .debitRange(EngineFixture.EUR, AmountRange.of(Amount.parse("0.10"), Amount.parse("50"))));
        ChargingSessionId id = f.session();
        f.reserve(id, "100");

        assertThatThrownBy(() -> f.debit(id, "0.05", false)).isInstanceOf(InvalidAmountException.class)
                .hasMessageContaining("SLA range");
        assertThatThrownBy(() -> f.engine.directAmount(id, Operation.DIRECT_DEBIT_AMOUNT, EngineFixture.APP,
                ChargingParameters.NONE, EngineFixture.eur("51"), f.next(id))).isInstanceOf(InvalidAmountException.class);
        f.engine.chargeAmount(id, Operation.DEBIT_AMOUNT, EngineFixture.APP, Money.of("USD", "0.05"), false, f.next(id));
        assertThat(f.engine.amountLeft(id)).isEqualTo(EngineFixture.eur("100"));
    }

    @Test
    void creditOutsideTheCreditRangeIsAnInvalidAmount() throws Exception {
        EngineFixture f = with(EngineFixture.defaultSla()
                .creditRange(EngineFixture.EUR, AmountRange.of(Amount.parse("1"), Amount.parse("5"))));
        ChargingSessionId id = f.session();

        assertThatThrownBy(() -> f.engine.directAmount(id, Operation.DIRECT_CREDIT_AMOUNT, EngineFixture.APP,
                ChargingParameters.NONE, EngineFixture.eur("6"), f.next(id))).isInstanceOf(InvalidAmountException.class);
        assertThat(f.port.sent).isEmpty();
    }

    @Test
    void parallelSessionsAreLimited() throws Exception {
        EngineFixture f = with(EngineFixture.defaultSla().maxParallelSessions(2));
        ChargingSessionId first = f.session();
        f.session();

        assertThatThrownBy(f::session).isInstanceOf(TaskRefusedException.class).hasMessageContaining("parallel");
        f.engine.release(first, f.next(first));
        assertThat(f.session()).isNotNull();
    }

    @Test
    void sessionsPerHourAreLimitedOverASlidingHour() throws Exception {
        EngineFixture f = with(EngineFixture.defaultSla().maxSessionsPerHour(2));
        ChargingSessionId first = f.session();
        f.engine.release(first, f.next(first));
        f.session();

        assertThatThrownBy(f::session).isInstanceOf(TaskRefusedException.class).hasMessageContaining("per hour");
        f.time.advance(Duration.ofMinutes(61));
        assertThat(f.session()).isNotNull();
    }

    @Test
    void theHourSlidesSessionBySession() throws Exception {
        EngineFixture f = with(EngineFixture.defaultSla().maxSessionsPerHour(3));
        f.session();
        f.time.advance(Duration.ofMinutes(30));
        f.session();
        f.time.advance(Duration.ofMinutes(29));
        f.session();
        assertThatThrownBy(f::session).isInstanceOf(TaskRefusedException.class).hasMessageContaining("per hour");

        f.time.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(f.session()).as("the first session is more than an hour old").isNotNull();
        assertThatThrownBy(f::session).isInstanceOf(TaskRefusedException.class);
        f.time.advance(Duration.ofMinutes(29));
        assertThatThrownBy(f::session).as("the second is 59 minutes 1 second old").isInstanceOf(TaskRefusedException.class);
        f.time.advance(Duration.ofMinutes(1));
        assertThat(f.session()).isNotNull();
    }

    @Test
    void unsupportedCurrencyAndUnitAreRefused() throws Exception {
        EngineFixture f = with(EngineFixture.defaultSla().supportedUnits(EnumSet.of(Unit.SECONDS)));
        ChargingSessionId id = f.session();

        assertThatThrownBy(() -> f.engine.reserveAmount(id, EngineFixture.APP, ChargingParameters.NONE,
                Money.of("GBP", "1"), Money.of("GBP", "0"), f.next(id))).isInstanceOf(InvalidCurrencyException.class)
                .hasMessageContaining("GBP");
        assertThatThrownBy(() -> f.reserveUnits(id, EngineFixture.volumes(EngineFixture.minutes(1))))
                .isInstanceOf(InvalidVolumeException.class).hasMessageContaining("MINUTES");
        assertThat(f.port.sent).isEmpty();
    }

    @Test
    void amountUnitAndSplitChargingCanBeSwitchedOff() throws Exception {
        EngineFixture f = with(EngineFixture.defaultSla().amountCharging(false).unitCharging(false).splitCharging(false, 4));
        ChargingSessionId id = f.session();

        assertThatThrownBy(() -> f.reserve(id, "1")).isInstanceOf(MethodNotSupportedException.class);
        assertThatThrownBy(() -> f.reserveUnits(id, EngineFixture.volumes(EngineFixture.seconds(1))))
                .isInstanceOf(MethodNotSupportedException.class);
        assertThatThrownBy(() -> f.engine.createSplitSession("x", EngineFixture.MERCHANT,
                Arrays.asList(EngineFixture.ALICE, EngineFixture.BOB), EngineFixture.CORRELATION))
                .isInstanceOf(MethodNotSupportedException.class);
    }

    @Test
    void merchantsOutsideTheAcceptedSetAreInvalidAccounts() {
        EngineFixture f = with(EngineFixture.defaultSla().acceptedMerchants("shop"));

        assertThatThrownBy(() -> f.engine.createSession("x", MerchantAccount.of("other", 1), EngineFixture.ALICE,
                EngineFixture.CORRELATION)).isInstanceOf(InvalidAccountException.class).hasMessageContaining("other");
        assertThat(f.engine.liveSessions()).isZero();
    }

    @Test
    void builderRejectsInconsistentValuesNamingTheProperty() {
        assertThatIllegalArgumentException().isThrownBy(() -> SlaConfig.builder().supportedCurrencies(EngineFixture.EUR)
                .lifetime(Duration.ofMinutes(10), Duration.ofMinutes(1), Duration.ofMinutes(5)).build())
                .withMessageContaining("defaultLifetime");
        assertThatIllegalArgumentException().isThrownBy(() -> SlaConfig.builder().build())
                .withMessageContaining("supportedCurrencies");
        assertThatIllegalArgumentException().isThrownBy(() -> SlaConfig.builder().maxParallelSessions(0))
                .withMessageContaining("maxParallelSessions");
        assertThatIllegalArgumentException().isThrownBy(() -> SlaConfig.builder().txTimeout(Duration.ZERO))
                .withMessageContaining("txTimeout");
        assertThatIllegalArgumentException().isThrownBy(() -> SlaConfig.builder().supportedCurrencies(EngineFixture.EUR)
                .debitRange(EngineFixture.USD, AmountRange.of(Amount.ONE, Amount.ONE)).build())
                .withMessageContaining("debitRange");
    }
}
