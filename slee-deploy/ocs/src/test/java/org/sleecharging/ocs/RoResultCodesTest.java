package org.sleecharging.ocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleecharging.ocs.Fixtures.ALICE;
import static org.sleecharging.ocs.Fixtures.BOB;
import static org.sleecharging.ocs.Fixtures.CAROL;
import static org.sleecharging.ocs.Fixtures.RG_DATA;
import static org.sleecharging.ocs.Fixtures.RG_FREE;
import static org.sleecharging.ocs.Fixtures.RG_SMS;
import static org.sleecharging.ocs.Fixtures.RG_VOICE;
import static org.sleecharging.ocs.Fixtures.ccr;
import static org.sleecharging.ocs.Fixtures.event;
import static org.sleecharging.ocs.Fixtures.rsu;
import static org.sleecharging.ocs.Fixtures.usu;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sleecharging.ocs.client.RawRoClient;

/** ECUR, IEC and every Result-Code path over TCP; one simulator for the class, disjoint subscribers per test. */
class RoResultCodesTest {
    private static final Duration T = Duration.ofSeconds(5);
    private static OcsSimulator ocs;
    private static RawRoClient client;

    @BeforeAll
    static void start() {
        ocs = OcsSimulator.start(Fixtures.config()
                .account(AccountConfig.builder("dave").subscriptionId("imsi-001010000000001").money("EUR", "5").build())
                .account(AccountConfig.builder("erin").subscriptionId("erin@nai.example").money("EUR", "2")
                        .units(UnitType.SERVICE_SPECIFIC_UNITS, 3).build())
                .account(AccountConfig.builder("frank").subscriptionId("491700000006").money("USD", "5").build())
                .build());
        client = RawRoClient.connect(ocs.config().originHost(), ocs.config().originRealm(), "127.0.0.1", ocs.port());
    }

    @AfterAll
    static void stop() {
        client.close();
        ocs.close();
    }

    private static CreditControlAnswer send(CreditControlRequest r) throws Exception {
        return client.send(r, T).get();
    }

    @Test
    void ecurReservesUnitsFromABucketThenDebitsOnTermination() throws Exception {
        String sid = client.newSessionId();
        CreditControlAnswer i = send(ccr(sid, RequestType.INITIAL, 0, BOB, rsu(RG_VOICE, UnitType.TIME, 90)));
        assertThat(i.msccs().get(0).granted().get(UnitType.TIME)).isEqualTo(90);
        assertThat(ocs.account("bob").held().get("TIME")).isEqualByComparingTo("90");
        send(ccr(sid, RequestType.TERMINATION, 1, BOB, usu(RG_VOICE, UnitType.TIME, 75, null)));
        assertThat(ocs.account("bob").balance().get("TIME")).isEqualByComparingTo("45");
        assertThat(ocs.account("bob").held().get("TIME")).isEqualByComparingTo("0");
        assertThat(ocs.reconcile().problems()).isEmpty();
    }

    @Test
    void severalMsccsGetTheirOwnResultCodes() throws Exception {
        String sid = client.newSessionId();
        CreditControlAnswer i = send(ccr(sid, RequestType.INITIAL, 0, "imsi-001010000000001",
                rsu(RG_VOICE, UnitType.TIME, 60), rsu(RG_DATA, UnitType.TOTAL_OCTETS, 1_000_000),
                rsu(RG_FREE, UnitType.TIME, 60), rsu(77, UnitType.TIME, 60)));
        assertThat(i.resultCode()).isEqualTo(ResultCodes.SUCCESS);
        assertThat(i.msccs()).extracting(MsccAnswer::ratingGroup, MsccAnswer::resultCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RG_VOICE, 2001L), org.assertj.core.groups.Tuple.tuple(RG_DATA, 2001L),
                org.assertj.core.groups.Tuple.tuple(RG_FREE, 4011L), org.assertj.core.groups.Tuple.tuple(77L, 5031L));
        assertThat(ocs.account("dave").held().get("EUR")).isEqualByComparingTo("1.60");
        send(ccr(sid, RequestType.TERMINATION, 1, "imsi-001010000000001", usu(RG_DATA, UnitType.TOTAL_OCTETS, 500_000, null)));
        assertThat(ocs.account("dave").balance().get("EUR")).isEqualByComparingTo("4.50");
        assertThat(ocs.account("dave").held().get("EUR")).isEqualByComparingTo("0");
    }

    @Test
    void unknownSubscriberIs5030() throws Exception {
        CreditControlAnswer a = send(ccr(client.newSessionId(), RequestType.INITIAL, 0, "499999999999", rsu(RG_VOICE, UnitType.TIME, 60)));
        assertThat(a.resultCode()).isEqualTo(ResultCodes.USER_UNKNOWN);
    }

    @Test
    void noCreditIs4012AndNothingIsHeld() throws Exception {
        CreditControlAnswer a = send(ccr(client.newSessionId(), RequestType.INITIAL, 0, "491700000006",
                rsu(RG_VOICE, UnitType.TIME, 60)));
        assertThat(a.resultCode()).isEqualTo(ResultCodes.CREDIT_LIMIT_REACHED);
        assertThat(a.msccs().get(0).resultCode()).isEqualTo(ResultCodes.CREDIT_LIMIT_REACHED);
        assertThat(ocs.account("frank").held().get("USD")).isEqualByComparingTo("0");
    }

    @Test
    void scriptedDenialIs4010AndChargesNothing() throws Exception {
        ocs.enqueue(Rule.answer(ResultCodes.END_USER_SERVICE_DENIED).forSubscriber(CAROL));
        String sid = client.newSessionId();
        CreditControlAnswer a = send(ccr(sid, RequestType.INITIAL, 0, CAROL, rsu(RG_VOICE, UnitType.TIME, 10)));
        assertThat(a.resultCode()).isEqualTo(ResultCodes.END_USER_SERVICE_DENIED);
        assertThat(ocs.ledger().forSession(sid)).isEmpty();
    }

    @Test
    void directDebitingIsAllOrNothing() throws Exception {
        CreditControlAnswer ok = send(event(client.newSessionId(), RequestedAction.DIRECT_DEBITING, "erin@nai.example",
                rsu(RG_SMS, UnitType.SERVICE_SPECIFIC_UNITS, 2)));
        assertThat(ok.resultCode()).isEqualTo(2001);
        assertThat(ocs.account("erin").balance().get("SERVICE_SPECIFIC_UNITS")).isEqualByComparingTo("1");
        CreditControlAnswer refused = send(event(client.newSessionId(), RequestedAction.DIRECT_DEBITING, "erin@nai.example",
                rsu(RG_SMS, UnitType.SERVICE_SPECIFIC_UNITS, 2)));
        assertThat(refused.resultCode()).isEqualTo(ResultCodes.CREDIT_LIMIT_REACHED);
        assertThat(ocs.account("erin").balance().get("SERVICE_SPECIFIC_UNITS")).isEqualByComparingTo("1");
    }

    @Test
    void refundCheckBalanceAndPriceEnquiry() throws Exception {
        CreditControlRequest money = new CreditControlRequest(client.newSessionId(), RequestType.EVENT, 0,
                List.of(SubscriptionId.nai("erin@nai.example")), OcsConfig.RO_SERVICE_CONTEXT, RequestedAction.REFUND_ACCOUNT,
                List.of(new MsccRequest(null, null, ServiceUnits.of(Money.of("EUR", "0.25")), null)), false, null);
        assertThat(send(money).resultCode()).isEqualTo(2001);
        assertThat(ocs.account("erin").balance().get("EUR")).isEqualByComparingTo("2.25");

        CreditControlAnswer check = send(event(client.newSessionId(), RequestedAction.CHECK_BALANCE, "erin@nai.example",
                rsu(RG_VOICE, UnitType.TIME, 200)));
        assertThat(check.checkBalanceResult()).isZero();
        CreditControlAnswer tooMuch = send(event(client.newSessionId(), RequestedAction.CHECK_BALANCE, "erin@nai.example",
                rsu(RG_VOICE, UnitType.TIME, 3000)));
        assertThat(tooMuch.checkBalanceResult()).isEqualTo(1);

        CreditControlAnswer price = send(event(client.newSessionId(), RequestedAction.PRICE_ENQUIRY, "erin@nai.example",
                rsu(RG_VOICE, UnitType.TIME, 90), rsu(RG_SMS, UnitType.SERVICE_SPECIFIC_UNITS, 3)));
        assertThat(price.costInformation()).isEqualTo(Money.of("EUR", "2.40"));
        assertThat(ocs.account("erin").balance().get("EUR")).isEqualByComparingTo("2.25");
        assertThat(ocs.reconcile().problems()).isEmpty();
    }
}
