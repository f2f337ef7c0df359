package org.sleecharging.ra.internal.diameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleecharging.ra.internal.diameter.RoTestKit.ALICE;
import static org.sleecharging.ra.internal.diameter.RoTestKit.BOB;
import static org.sleecharging.ra.internal.diameter.RoTestKit.CAROL;
import static org.sleecharging.ra.internal.diameter.RoTestKit.DAVE;
import static org.sleecharging.ra.internal.diameter.RoTestKit.ERIN;
import static org.sleecharging.ra.internal.diameter.RoTestKit.NOBODY;
import static org.sleecharging.ra.internal.diameter.RoTestKit.RG_DATA;
import static org.sleecharging.ra.internal.diameter.RoTestKit.RG_FREE;
import static org.sleecharging.ra.internal.diameter.RoTestKit.RG_UNRATED;
import static org.sleecharging.ra.internal.diameter.RoTestKit.RG_VOICE;
import static org.sleecharging.ra.internal.diameter.RoTestKit.T;
import static org.sleecharging.ra.internal.diameter.RoTestKit.answer;
import static org.sleecharging.ra.internal.diameter.RoTestKit.assertReconciled;
import static org.sleecharging.ra.internal.diameter.RoTestKit.ratingGroup;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sleecharging.events.value.ChargingParameter;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.OcsSimulator;
import org.sleecharging.ocs.Rule;
import org.sleecharging.ocs.SubscriptionId;
import org.sleecharging.ra.engine.ro.ChargedUser;
import org.sleecharging.ra.engine.ro.FinalUnitAction;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.RequestedAction;
import org.sleecharging.ra.engine.ro.ResultCode;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.RoTransport;
import org.sleecharging.ra.engine.ro.ServiceUnits;

/** Each Result-Code the engine maps (RFC 4006 §9.1, TS 32.299) decoded from real answers; Subscription-Id types on the wire. */
@Timeout(60)
class ResultCodesTest {
    private OcsSimulator ocs;
    private RoTransport client;

    @BeforeEach
    void start() {
        ocs = RoTestKit.ocs();
        client = JDiameterRoClient.start(RoTestKit.client(ocs).build(), new RecordingNetworkListener());
    }

    @AfterEach
    void stop() {
        assertReconciled(ocs);
        client.close();
        ocs.close();
    }

    private RoAnswer initial(ChargedUser user, ServiceUnits units, ChargingParameters parameters) throws Exception {
        return answer(client.send(RoRequest.builder(client.newSessionId(), RequestType.INITIAL, 0, user).requested(units)
                .parameters(parameters).build()));
    }

    private static ServiceUnits seconds(long s) {
        return ServiceUnits.of(VolumeSet.of(Volume.of(s, Unit.SECONDS)));
    }

    @Test
    void endUserServiceDenied4010() throws Exception {
        ocs.enqueue(Rule.answer(4010).forSubscriber(ALICE.address()));
        RoAnswer a = initial(ALICE, seconds(60), ratingGroup(RG_VOICE));
        assertThat(a.resultCode()).isEqualTo(ResultCode.END_USER_SERVICE_DENIED);
        assertThat(a.granted()).isEqualTo(ServiceUnits.NONE);
        assertThat(client.openSessionCount()).as("a failed CCA-I ends the client session (RFC 4006 §7)").isZero();
    }

    @Test
    void creditControlNotApplicable4011() throws Exception {
        assertThat(initial(ALICE, seconds(60), ratingGroup(RG_FREE)).resultCode())
                .isEqualTo(ResultCode.CREDIT_CONTROL_NOT_APPLICABLE);
    }

    @Test
    void creditLimitReached4012ForAnUncoveredDirectDebit() throws Exception {
        RoAnswer a = answer(client.send(RoRequest.builder(client.newSessionId(), RequestType.EVENT, 0, CAROL)
                .requestedAction(RequestedAction.DIRECT_DEBITING).requested(ServiceUnits.of(Money.of("EUR", "2"))).build()));
        assertThat(a.resultCode()).isEqualTo(ResultCode.CREDIT_LIMIT_REACHED);
        assertThat(ocs.account("carol").balance().get("EUR")).isEqualByComparingTo("1");
        CreditControlRequest onWire = ocs.takeRequest(T);
        assertThat(onWire.subscriptionIds()).containsExactly(SubscriptionId.sipUri(CAROL.address()));
    }

    @Test
    void partialGrantCarriesFinalUnitIndicationAndValidityTime() throws Exception {
        RoAnswer a = initial(ALICE, ServiceUnits.of(Money.of("EUR", "25")), ChargingParameters.NONE);
        assertThat(a.resultCode()).isEqualTo(ResultCode.SUCCESS);
        assertThat(a.granted().money()).isEqualTo(Money.of("EUR", "10"));
        assertThat(a.finalUnitAction()).isEqualTo(FinalUnitAction.TERMINATE);
        assertThat(a.validityTime()).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void userUnknown5030() throws Exception {
        RoAnswer a = initial(NOBODY, seconds(60), ratingGroup(RG_VOICE));
        assertThat(a.resultCode()).isEqualTo(ResultCode.USER_UNKNOWN);
        assertThat(client.openSessionCount()).isZero();
    }

    @Test
    void ratingFailed5031() throws Exception {
        assertThat(initial(DAVE, seconds(60), ratingGroup(RG_UNRATED)).resultCode()).isEqualTo(ResultCode.RATING_FAILED);
        assertThat(ocs.takeRequest(T).subscriptionIds()).containsExactly(SubscriptionId.imsi(DAVE.address()));
    }

    @Test
    void naiAndServiceIdentifierAndServiceContextIdReachTheOcs() throws Exception {
        ocs.enqueue(Rule.answer(2001).forSubscriber(ERIN.address()));
        RoAnswer a = initial(ERIN, ServiceUnits.of(VolumeSet.of(Volume.of(1000, Unit.OCTETS))), ChargingParameters.of(
                ChargingParameter.ofInteger(ChargingParameter.RATING_GROUP, RG_DATA),
                ChargingParameter.ofInteger(ChargingParameter.SERVICE_IDENTIFIER, 7),
                ChargingParameter.ofString(ChargingParameter.SERVICE_CONTEXT_ID, "32251@3gpp.org")));
        CreditControlRequest onWire = ocs.takeRequest(T);
        assertThat(onWire.subscriptionIds()).containsExactly(SubscriptionId.nai(ERIN.address()));
        assertThat(onWire.serviceContextId()).isEqualTo("32251@3gpp.org");
        assertThat(onWire.msccs().get(0).serviceIdentifier()).isEqualTo(7);
        assertThat(onWire.msccs().get(0).ratingGroup()).isEqualTo(RG_DATA);
        assertThat(a.resultCode().code()).as("the simulator refuses an unconfigured Service-Context-Id")
                .isEqualTo(5012);
    }

    @Test
    void e164IsSentAsDigitsOnly() throws Exception {
        ChargedUser plus = ChargedUser.of(ChargedUser.Type.END_USER_E164, "+" + BOB.address());
        assertThat(initial(plus, seconds(30), ratingGroup(RG_VOICE)).resultCode()).isEqualTo(ResultCode.SUCCESS);
        assertThat(ocs.takeRequest(T).subscriptionIds()).containsExactly(SubscriptionId.e164(BOB.address()));
    }
}
