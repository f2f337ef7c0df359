package org.sleecharging.ra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.ReserveAmountErr;
import org.sleecharging.events.ReserveAmountRes;
import org.sleecharging.events.SessionAborted;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.ChargingParameter;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.ResultCode;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.ServiceUnits;

class SplitChargingTest extends EngineFixture {

    private ChargingSessionId split() throws Exception {
        return engine.createSplitSession("conference", MERCHANT, Arrays.asList(ALICE, BOB, CAROL), CORRELATION);
    }

    @Test
    void oneRoSessionPerUserWithEqualSharesThatLoseNoCent() throws Exception {
        ChargingSessionId id = split();

        reserve(id, "10");

        assertThat(port.sent).extracting(RoRequest::user).containsExactly(ALICE, BOB, CAROL);
        assertThat(port.sent).extracting(RoRequest::type).containsOnly(RequestType.INITIAL);
        assertThat(port.sent).extracting(RoRequest::roSessionId).doesNotHaveDuplicates();
        assertThat(port.sent).extracting(RoRequest::requested).containsExactly(ServiceUnits.of(eur("3.34")),
                ServiceUnits.of(eur("3.33")), ServiceUnits.of(eur("3.33")));
        assertThat(((ReserveAmountRes) listener.last()).getReservedAmount()).isEqualTo(eur("10"));
    }

    @Test
    void weightsComeFromTheSplitWeightsParameterAndUsageIsSplitTheSameWay() throws Exception {
        ChargingSessionId id = split();
        ChargingParameters weights = ChargingParameters.of(ChargingParameter.ofString(ChargingParameter.SPLIT_WEIGHTS, "2,1,1"));
        engine.reserveAmount(id, APP, weights, eur("8"), eur("0"), next(id));
        debit(id, "1", false);

        engine.release(id, next(id));

        assertThat(port.sent.subList(0, 3)).extracting(RoRequest::requested).containsExactly(ServiceUnits.of(eur("4")),
                ServiceUnits.of(eur("2")), ServiceUnits.of(eur("2")));
        assertThat(port.sent.subList(3, 6)).extracting(RoRequest::used).containsExactly(ServiceUnits.of(eur("0.50")),
                ServiceUnits.of(eur("0.25")), ServiceUnits.of(eur("0.25")));
    }

    @Test
    void badWeightsAreAParameterError() throws Exception {
        ChargingSessionId id = split();
        ChargingParameters weights = ChargingParameters.of(ChargingParameter.ofString(ChargingParameter.SPLIT_WEIGHTS, "1,1"));

        engine.reserveAmount(id, APP, weights, eur("8"), eur("0"), next(id));

        assertThat(((ReserveAmountErr) listener.last()).getError()).isEqualTo(ChargingError.PARAMETER);
        assertThat(port.sent).isEmpty();
    }

    @Test
    void oneUserRefusedFailsTheReservationAndNamesWhoSucceeded() throws Exception {
        ChargingSessionId id = split();
        port.answerWith(request -> request.user().equals(BOB) ? RoAnswer.failure(ResultCode.CREDIT_LIMIT_REACHED)
                : RoAnswer.success(request.requested()));

        reserve(id, "9");

        ReserveAmountErr err = (ReserveAmountErr) listener.last();
        assertThat(err.getError()).isEqualTo(ChargingError.RESERVATION_LIMIT);
        assertThat(err.getExtraInformation()).contains(BOB.toString()).contains("succeeded for");
    }

    @Test
    void anAbortOnOneLegEndsTheSessionAndTerminatesTheOthers() throws Exception {
        ChargingSessionId id = split();
        reserve(id, "9");
        String bobSession = port.sent.get(1).roSessionId();

        assertThat(engine.onAbort(bobSession, "ASR")).isTrue();

        assertThat(listener.last()).isEqualTo(new SessionAborted(id, BOB.address(), "ASR"));
        assertThat(port.sent.subList(3, 6)).extracting(RoRequest::type).containsOnly(RequestType.TERMINATION);
        assertThat(engine.isLive(id)).isFalse();
        assertThat(engine.onAbort(bobSession, "again")).isFalse();
    }

    @Test
    void aReauthRequestIsPassedToTheSbb() throws Exception {
        ChargingSessionId id = split();
        reserve(id, "9");

        assertThat(engine.onReauthRequest(port.sent.get(2).roSessionId(), 7L, null)).isTrue();

        assertThat(listener.last()).isEqualTo(new org.sleecharging.events.ReauthRequest(id, CAROL.address(), 7L, null));
        assertThat(engine.onReauthRequest("unknown", null, null)).isFalse();
    }
}
