package org.sleecharging.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleecharging.it.OcsLoopback.SUBSCRIBERS;
import static org.sleecharging.it.probe.ChargingProbe.e164;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sleecharging.events.CreditAmountRes;
import org.sleecharging.events.DebitAmountRes;
import org.sleecharging.events.DebitUnitRes;
import org.sleecharging.events.DirectCreditAmountRes;
import org.sleecharging.events.DirectDebitAmountErr;
import org.sleecharging.events.DirectDebitAmountRes;
import org.sleecharging.events.RateRes;
import org.sleecharging.events.ReauthRequest;
import org.sleecharging.events.ReserveAmountErr;
import org.sleecharging.events.ReserveAmountRes;
import org.sleecharging.events.ReserveUnitRes;
import org.sleecharging.events.SessionAborted;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.PriceVolume;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.it.probe.ProbeCommand;
import org.sleecharging.it.probe.ProbeSession;
import org.sleecharging.it.probe.SessionActivityEnded;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.OcsSimulator;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.Rule;

/**
 * The charging RA end to end: the built ra-du in the embedded SLEE, the probe SBB calling it, the
 * primary OCS simulator answering over Diameter Ro on loopback. Each test uses its own subscriber
 * and ends with the OCS ledger reconciled against what the SBB was told.
 */
class ChargingRaIT extends ChargingItBase {

    private static Money eur(String amount) {
        return Money.of("EUR", amount);
    }

    private static VolumeSet seconds(long n) {
        return VolumeSet.of(Volume.of(n, Unit.SECONDS));
    }

    @Test
    void anAmountReservationIsDebitedCreditedClosedAndReleased() {
        String user = SUBSCRIBERS.get(0);
        ProbeSession s = probe.open(CHARGING, e164(user));

        s.accept(ProbeCommand.reserveAmount(eur("10.00"), eur("1.00"), s.next()));
        ReserveAmountRes reserved = s.expect(ReserveAmountRes.class);
        assertThat(reserved.getReservedAmount()).isEqualTo(eur("10.00"));
        assertThat(reserved.getLifeTimeLeft()).isPositive();

        s.accept(ProbeCommand.debitAmount(eur("3.50"), false, s.next()));
        DebitAmountRes debit = s.expect(DebitAmountRes.class);
        assertThat(debit.getDebitedAmount()).isEqualTo(eur("3.50"));
        assertThat(debit.getReservedAmountLeft()).isEqualTo(eur("6.50"));

        s.accept(ProbeCommand.creditAmount(eur("0.50"), false, s.next()));
        assertThat(s.expect(CreditAmountRes.class).getCreditedAmount()).isEqualTo(eur("0.50"));

        s.accept(ProbeCommand.debitAmount(eur("2.00"), true, s.next()));
        assertThat(s.expect(DebitAmountRes.class).getDebitedAmount()).isEqualTo(eur("2.00"));

        release(s);
        Ledgers.assertReconciled(user, s);
        assertThat(Ledgers.taken(user, "EUR")).isEqualByComparingTo("5.00");
    }

    @Test
    void aUnitReservationIsDebitedAndReleased() {
        String user = SUBSCRIBERS.get(1);
        ProbeSession s = probe.open(CHARGING, e164(user));

        s.accept(ProbeCommand.reserveUnit(seconds(120), s.next()));
        assertThat(s.expect(ReserveUnitRes.class).getReservedUnits()).isEqualTo(seconds(120));

        s.accept(ProbeCommand.debitUnit(seconds(45), false, s.next()));
        DebitUnitRes debit = s.expect(DebitUnitRes.class);
        assertThat(debit.getDebitedVolumes()).isEqualTo(seconds(45));
        assertThat(debit.getReservedUnitsLeft()).isEqualTo(seconds(75));

        s.accept(ProbeCommand.debitUnit(seconds(30), true, s.next()));
        assertThat(s.expect(DebitUnitRes.class).getDebitedVolumes()).isEqualTo(seconds(30));

        release(s);
        Ledgers.assertReconciled(user, s);
        assertThat(Ledgers.taken(user, "TIME")).isEqualByComparingTo("75");
    }

    @Test
    void directDebitAndDirectCreditGoStraightToTheAccount() {
        String user = SUBSCRIBERS.get(2);
        ProbeSession s = probe.open(CHARGING, e164(user));

        s.accept(ProbeCommand.directDebitAmount(eur("2.50"), s.next()));
        assertThat(s.expect(DirectDebitAmountRes.class).getDebitedAmount()).isEqualTo(eur("2.50"));
        s.accept(ProbeCommand.directCreditAmount(eur("1.00"), s.next()));
        assertThat(s.expect(DirectCreditAmountRes.class).getCreditedAmount()).isEqualTo(eur("1.00"));

        release(s);
        Ledgers.assertReconciled(user, s);
        assertThat(OcsLoopback.primary().account(user).balance().get("EUR")).isEqualByComparingTo("98.50");
    }

    @Test
    void rateReqAnswersThePriceOfTheSlaRatingVolume() {
        String user = SUBSCRIBERS.get(3);
        ProbeSession s = probe.open(CHARGING, e164(user));

        s.accept(ProbeCommand.rate(org.sleecharging.events.value.ChargingParameters.NONE));
        RateRes rate = s.expect(RateRes.class);

        // The RA's default ratingVolume is 1 MINUTES; the OCS prices time at 0.01 EUR per second.
        assertThat(rate.getRates()).containsExactly(
                PriceVolume.of(eur("0.60"), Volume.of(1, Unit.MINUTES)));
        release(s);
        Ledgers.assertReconciled(user, s);
        assertThat(Ledgers.taken(user, "EUR")).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void aReAuthRequestFromTheOcsReachesTheSbbAndTheSessionGoesOn() throws Exception {
        String user = SUBSCRIBERS.get(4);
        OcsSimulator ocs = OcsLoopback.primary();
        ProbeSession s = probe.open(CHARGING, e164(user));
        s.accept(ProbeCommand.reserveAmount(eur("5.00"), eur("1.00"), s.next()));
        s.expect(ReserveAmountRes.class);
        CreditControlRequest initial = nextRequest(ocs, user, RequestType.INITIAL);

        assertThat(ocs.sendReAuthRequest(initial.sessionId()).get(10, TimeUnit.SECONDS)).isEqualTo(2001L);
        assertThat(s.expect(ReauthRequest.class).getSessionId()).isEqualTo(s.id());

        s.accept(ProbeCommand.debitAmount(eur("1.00"), false, s.next()));
        s.expect(DebitAmountRes.class);
        release(s);
        Ledgers.assertReconciled(user, s);
        assertThat(Ledgers.taken(user, "EUR")).isEqualByComparingTo("1.00");
    }

    @Test
    void anAbortFromTheOcsEndsTheSessionAndFreesTheReservation() throws Exception {
        String user = SUBSCRIBERS.get(5);
        OcsSimulator ocs = OcsLoopback.primary();
        ProbeSession s = probe.open(CHARGING, e164(user));
        s.accept(ProbeCommand.reserveAmount(eur("5.00"), eur("1.00"), s.next()));
        s.expect(ReserveAmountRes.class);
        s.accept(ProbeCommand.debitAmount(eur("1.25"), false, s.next()));
        s.expect(DebitAmountRes.class);
        CreditControlRequest initial = nextRequest(ocs, user, RequestType.INITIAL);

        assertThat(ocs.sendAbortSession(initial.sessionId()).get(10, TimeUnit.SECONDS)).isEqualTo(2001L);

        assertThat(s.expect(SessionAborted.class).getSessionId()).isEqualTo(s.id());
        s.expect(SessionActivityEnded.class);
        Ledgers.assertReconciled(user, s);
    }

    @ParameterizedTest(name = "Result-Code {0} on CCR-INITIAL -> {1}")
    @CsvSource({"4010, NO_DEBIT, 6", "4012, RESERVATION_LIMIT, 7", "5030, USER, 8", "5031, PARAMETER, 9"})
    void aFailedReservationIsAnErrWithTheMappedErrorAndChargesNothing(long resultCode, ChargingError error,
            int subscriber) {
        String user = SUBSCRIBERS.get(subscriber);
        OcsLoopback.primary().enqueue(Rule.answer(resultCode).forSubscriber(user).forRequestType(RequestType.INITIAL));
        ProbeSession s = probe.open(CHARGING, e164(user));

        s.accept(ProbeCommand.reserveAmount(eur("5.00"), eur("1.00"), s.next()));
        ReserveAmountErr err = s.expect(ReserveAmountErr.class);

        assertThat(err.getError()).isEqualTo(error);
        assertThat(err.getResultCode()).as("the OCS's Result-Code on the Err").isEqualTo(resultCode);
        assertThat(err.getRequestNumber()).isEqualTo(s.id().firstRequestNumber());
        release(s);
        Ledgers.assertReconciled(user, s);
        assertThat(Ledgers.taken(user, "EUR")).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void aBalanceTooSmallForADirectDebitIsNoDebit() {
        String user = OcsLoopback.POOR;
        ProbeSession s = probe.open(CHARGING, e164(user));

        s.accept(ProbeCommand.directDebitAmount(eur("7.00"), s.next()));

        DirectDebitAmountErr err = s.expect(DirectDebitAmountErr.class);
        assertThat(err.getError()).isEqualTo(ChargingError.NO_DEBIT);
        assertThat(err.getResultCode()).as("DIAMETER_CREDIT_LIMIT_REACHED").isEqualTo(4012);
        release(s);
        Ledgers.assertReconciled(user, s);
        assertThat(OcsLoopback.primary().account(user).balance().get("EUR")).isEqualByComparingTo("5.00");
    }

    @Test
    void anUnknownSubscriberIsAUserError() {
        ProbeSession s = probe.open(CHARGING, e164(OcsLoopback.UNKNOWN));

        s.accept(ProbeCommand.reserveAmount(eur("5.00"), eur("1.00"), s.next()));

        assertThat(s.expect(ReserveAmountErr.class).getError()).isEqualTo(ChargingError.USER);
        release(s);
        assertThat(OcsLoopback.primary().liveSessions()).isZero();
    }

    @Test
    void aSessionRecreatedOnAnotherEntityGoesOnWithItsRequestNumbersAndBooks() {
        String user = SUBSCRIBERS.get(10);
        ProbeSession a = probe.open(CHARGING, e164(user));
        a.accept(ProbeCommand.reserveAmount(eur("10.00"), eur("1.00"), a.next()));
        a.expect(ReserveAmountRes.class);
        a.accept(ProbeCommand.debitAmount(eur("2.00"), false, a.next()));
        a.expect(DebitAmountRes.class);

        ProbeSession b = probe.recreate(CHARGING_B, a.id());

        assertThat(b.id()).isEqualTo(a.id());
        assertThat(b.next()).isEqualTo(a.next());
        assertThat(b.send(ProbeCommand.of(ProbeCommand.Op.AMOUNT_LEFT)).value()).isEqualTo(eur("8.00"));
        b.accept(ProbeCommand.debitAmount(eur("3.00"), false, b.next()));
        assertThat(b.expect(DebitAmountRes.class).getReservedAmountLeft()).isEqualTo(eur("5.00"));
        release(b);
        // The node that created the session learns it ended elsewhere and ends its own activity.
        a.expect(SessionActivityEnded.class);
        Ledgers.assertReconciled(user, a, b);
        assertThat(Ledgers.taken(user, "EUR")).isEqualByComparingTo("5.00");
    }

    @Test
    void aRetriedDebitRepeatsItsOutcomeAndChargesOnce() {
        String user = SUBSCRIBERS.get(17);
        ProbeSession s = probe.open(CHARGING, e164(user));
        s.accept(ProbeCommand.reserveAmount(eur("10.00"), eur("1.00"), s.next()));
        s.expect(ReserveAmountRes.class);
        int number = s.next();

        s.accept(ProbeCommand.debitAmount(eur("2.00"), false, number));
        DebitAmountRes first = s.expect(DebitAmountRes.class);
        s.accept(ProbeCommand.debitAmount(eur("2.00"), false, number));
        DebitAmountRes repeated = s.expect(DebitAmountRes.class);

        assertThat(repeated).isEqualTo(first);
        release(s);
        Ledgers.assertReconciled(user, s);
        assertThat(Ledgers.taken(user, "EUR")).isEqualByComparingTo("2.00");
    }

    @Test
    void aSplitSessionChargesEveryUserTheirShareAndNotACentMore() {
        String first = SUBSCRIBERS.get(18);
        String second = SUBSCRIBERS.get(19);
        ProbeSession s = probe.openSplit(CHARGING, java.util.List.of(e164(first), e164(second)));

        s.accept(ProbeCommand.reserveAmount(eur("10.00"), eur("2.00"), s.next()));
        assertThat(s.expect(ReserveAmountRes.class).getReservedAmount()).isEqualTo(eur("10.00"));
        s.accept(ProbeCommand.debitAmount(eur("3.01"), false, s.next()));
        assertThat(s.expect(DebitAmountRes.class).getDebitedAmount()).isEqualTo(eur("3.01"));
        release(s);

        Ledgers.assertReconciled(java.util.List.of(first, second), s);
        BigDecimal one = Ledgers.taken(first, "EUR");
        BigDecimal two = Ledgers.taken(second, "EUR");
        assertThat(one.add(two)).isEqualByComparingTo("3.01");
        assertThat(one.subtract(two).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
    }
}
