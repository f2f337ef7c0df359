package org.sleecharging.ocs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sleecharging.ocs.AccountConfig;
import org.sleecharging.ocs.CreditControlAnswer;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.Money;
import org.sleecharging.ocs.MsccRequest;
import org.sleecharging.ocs.OcsConfig;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.ResultCodes;
import org.sleecharging.ocs.ServiceUnits;
import org.sleecharging.ocs.SubscriptionId;
import org.sleecharging.ocs.Tariff;
import org.sleecharging.ocs.UnitType;

/** The engine without sockets: exact money, expiry on an injected clock, duplicates, reconciliation. */
class ChargingEngineTest {
    private final MutableClock clock = new MutableClock();
    private final ChargingEngine engine = new ChargingEngine(OcsConfig.builder()
            .account(AccountConfig.builder("a").subscriptionId("1").money("EUR", "1.00").build())
            .tariff(Tariff.perUnit(1, UnitType.TIME, "EUR", "0.003"))
            .validityTime(Duration.ofSeconds(30))
            .build(), clock);

    private static CreditControlRequest ccr(String sid, RequestType type, long n, MsccRequest m) {
        return new CreditControlRequest(sid, type, n, List.of(SubscriptionId.e164("1")), OcsConfig.RO_SERVICE_CONTEXT, null,
                m == null ? List.of() : List.of(m), false, null);
    }

    @Test
    void grantIsFlooredToWholeAffordableUnitsAndMoneyStaysExact() {
        CreditControlAnswer a = engine.handle(ccr("s", RequestType.INITIAL, 0,
                new MsccRequest(1L, null, ServiceUnits.of(UnitType.TIME, 1000), null))).answer();
        assertThat(a.msccs().get(0).granted().get(UnitType.TIME)).isEqualTo(333);
        assertThat(a.msccs().get(0).finalUnit()).isTrue();
        assertThat(engine.accounts().get("a").held().get("EUR")).isEqualByComparingTo("0.999");
        engine.handle(ccr("s", RequestType.TERMINATION, 1, new MsccRequest(1L, null, null, ServiceUnits.of(UnitType.TIME, 7))));
        assertThat(engine.accounts().get("a").balance().get("EUR")).isEqualByComparingTo("0.979");
        assertThat(engine.reconcile().problems()).isEmpty();
    }

    @Test
    void emptyRequestedUnitsGetTheDefaultQuota() {
        CreditControlAnswer a = engine.handle(ccr("s", RequestType.INITIAL, 0, new MsccRequest(1L, null, ServiceUnits.EMPTY, null)))
                .answer();
        assertThat(a.msccs().get(0).granted().get(UnitType.TIME)).isEqualTo(60);
    }

    @Test
    void expiryReleasesOnlyAfterValidityTime() {
        engine.handle(ccr("s", RequestType.INITIAL, 0, new MsccRequest(1L, null, ServiceUnits.of(UnitType.TIME, 10), null)));
        clock.advance(Duration.ofSeconds(29));
        assertThat(engine.expireReservations()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(engine.expireReservations()).isEqualTo(1);
        assertThat(engine.accounts().get("a").held().get("EUR")).isEqualByComparingTo("0");
        CreditControlAnswer late = engine.handle(ccr("s", RequestType.UPDATE, 1,
                new MsccRequest(1L, null, null, ServiceUnits.of(UnitType.TIME, 10)))).answer();
        assertThat(late.resultCode()).isEqualTo(ResultCodes.SUCCESS);
        assertThat(engine.accounts().get("a").balance().get("EUR")).isEqualByComparingTo("0.97");
        assertThat(engine.reconcile().problems()).isEmpty();
    }

    @Test
    void duplicateChangesNothing() {
        CreditControlRequest i = ccr("s", RequestType.INITIAL, 0, new MsccRequest(1L, null, ServiceUnits.of(UnitType.TIME, 10), null));
        ChargingEngine.Outcome first = engine.handle(i);
        ChargingEngine.Outcome second = engine.handle(i);
        assertThat(second.duplicate()).isTrue();
        assertThat(second.answer()).isEqualTo(first.answer());
        assertThat(engine.ledgerEntries()).hasSize(1);
    }

    @Test
    void repeatedUpdatesWithoutTheTFlagAreReplayedWhileLiveAndAfterTheSessionEnded() {
        engine.handle(ccr("s", RequestType.INITIAL, 0, new MsccRequest(1L, null, ServiceUnits.of(UnitType.TIME, 10), null)));
        CreditControlRequest u = ccr("s", RequestType.UPDATE, 1,
                new MsccRequest(1L, null, ServiceUnits.of(UnitType.TIME, 10), ServiceUnits.of(UnitType.TIME, 10)));
        CreditControlAnswer update = engine.handle(u).answer();
        CreditControlRequest t = ccr("s", RequestType.TERMINATION, 2,
                new MsccRequest(1L, null, null, ServiceUnits.of(UnitType.TIME, 5)));
        ChargingEngine.Outcome whileLive = engine.handle(u);
        engine.handle(t);
        int entries = engine.ledgerEntries().size();

        ChargingEngine.Outcome afterEnd = engine.handle(u);
        ChargingEngine.Outcome terminationAgain = engine.handle(t);

        assertThat(whileLive.duplicate()).isTrue();
        assertThat(whileLive.answer()).isEqualTo(update);
        assertThat(afterEnd.duplicate()).isTrue();
        assertThat(afterEnd.answer()).isEqualTo(update);
        assertThat(terminationAgain.duplicate()).isTrue();
        assertThat(engine.ledgerEntries()).hasSize(entries);
        assertThat(engine.handle(ccr("s", RequestType.UPDATE, 3, null)).answer().resultCode())
                .isEqualTo(ResultCodes.UNKNOWN_SESSION_ID);
        assertThat(engine.reconcile().problems()).isEmpty();
    }

    @Test
    void updateForUnknownSessionIs5002() {
        assertThat(engine.handle(ccr("nope", RequestType.UPDATE, 1, null)).answer().resultCode())
                .isEqualTo(ResultCodes.UNKNOWN_SESSION_ID);
    }

    @Test
    void invalidConfigurationIsRejectedNamingTheCulprit() {
        assertThatThrownBy(() -> AccountConfig.builder("x").money("EUR", "-1"))
                .hasMessageContaining("x").hasMessageContaining("negative");
        assertThatThrownBy(() -> new Tariff(1L, null, UnitType.TIME, Money.of("EUR", "0"), false))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new ChargingEngine(OcsConfig.builder()
                .account(AccountConfig.builder("a").subscriptionId("1").build())
                .account(AccountConfig.builder("b").subscriptionId("1").build()).build(), clock))
                .hasMessageContaining("Subscription-Id 1");
    }

    @Test
    void moneyIsBookedExactlyAtTheFinestConfiguredScale() {
        ChargingEngine fine = new ChargingEngine(OcsConfig.builder()
                .account(AccountConfig.builder("a").subscriptionId("1").money("EUR", "1.00").build())
                .tariff(Tariff.perUnit(1, UnitType.TIME, "EUR", "0.000000013"))
                .build(), clock);
        CreditControlAnswer a = fine.handle(ccr("s", RequestType.INITIAL, 0,
                new MsccRequest(1L, null, ServiceUnits.of(UnitType.TIME, 7), null))).answer();
        assertThat(a.msccs().get(0).granted().get(UnitType.TIME)).isEqualTo(7);
        assertThat(fine.accounts().get("a").held().get("EUR")).isEqualByComparingTo("0.000000091");
        CreditControlAnswer money = fine.handle(ccr("m", RequestType.INITIAL, 0,
                new MsccRequest(2L, null, ServiceUnits.of(Money.of("EUR", "0.25")), null))).answer();
        assertThat(money.msccs().get(0).granted().money()).isEqualTo(Money.of("EUR", "0.25"));
        assertThat(fine.accounts().get("a").available("EUR")).isEqualByComparingTo("0.749999909");
        assertThat(fine.reconcile().problems()).isEmpty();
    }

    @Test
    void anAmountFinerThanTheCurrencyIsBookedInIsRefusedAndChangesNothing() {
        CreditControlAnswer a = engine.handle(ccr("s", RequestType.INITIAL, 0,
                new MsccRequest(2L, null, ServiceUnits.of(Money.of("EUR", "0.0000001")), null))).answer();
        assertThat(a.resultCode()).isEqualTo(ResultCodes.RATING_FAILED);
        assertThat(engine.accounts().get("a").held().get("EUR")).isEqualByComparingTo("0");
        assertThat(engine.ledgerEntries()).isEmpty();
        assertThat(engine.reconcile().problems()).isEmpty();
    }

    @Test
    void usageBeyondWhatAnyBalanceCouldPayIsCappedWithoutOverflow() {
        engine.handle(ccr("s", RequestType.INITIAL, 0, new MsccRequest(1L, null, ServiceUnits.of(UnitType.TIME, 10), null)));
        engine.handle(ccr("s", RequestType.TERMINATION, 1,
                new MsccRequest(1L, null, null, ServiceUnits.of(UnitType.TIME, Long.MAX_VALUE / 2))));
        assertThat(engine.accounts().get("a").balance().get("EUR")).isEqualByComparingTo("0");
        assertThat(engine.accounts().get("a").held().get("EUR")).isEqualByComparingTo("0");
        assertThat(engine.ledgerEntries()).filteredOn(e -> e.kind() == org.sleecharging.ocs.LedgerEntry.Kind.DEBIT)
                .singleElement().satisfies(e -> assertThat(e.amount()).isEqualByComparingTo("1.00"));
        assertThat(engine.reconcile().problems()).isEmpty();
    }

    @Test
    void moneyKeepsExactDecimals() {
        assertThat(Money.of("EUR", "1.10")).isEqualTo(Money.of("EUR", "1.1"));
        assertThat(Money.currencyOfNumericCode(978).getCurrencyCode()).isEqualTo("EUR");
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
