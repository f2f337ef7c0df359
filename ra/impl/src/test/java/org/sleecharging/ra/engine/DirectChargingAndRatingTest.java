package org.sleecharging.ra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.DirectCreditAmountErr;
import org.sleecharging.events.DirectCreditUnitRes;
import org.sleecharging.events.DirectDebitAmountErr;
import org.sleecharging.events.DirectDebitAmountRes;
import org.sleecharging.events.RateErr;
import org.sleecharging.events.RateRes;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.ChargingParameter;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.PriceVolume;
import org.sleecharging.ra.engine.request.Operation;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.RequestedAction;
import org.sleecharging.ra.engine.ro.ResultCode;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.ServiceUnits;
import org.sleecharging.ra.engine.state.SessionState;
import org.sleecharging.ratype.TaskRefusedException;

class DirectChargingAndRatingTest extends EngineFixture {

    private static final ChargingParameters RATING_GROUP = ChargingParameters.of(
            ChargingParameter.ofInteger(ChargingParameter.RATING_GROUP, 7));

    @Test
    void directDebitIsACcrEventWithDirectDebiting() throws Exception {
        ChargingSessionId id = session();

        engine.directAmount(id, Operation.DIRECT_DEBIT_AMOUNT, APP, RATING_GROUP, eur("1.25"), next(id));

        assertThat(port.last().type()).isEqualTo(RequestType.EVENT);
        assertThat(port.last().requestedAction()).isEqualTo(RequestedAction.DIRECT_DEBITING);
        assertThat(port.last().requested()).isEqualTo(ServiceUnits.of(eur("1.25")));
        assertThat(port.last().parameters()).isEqualTo(RATING_GROUP);
        assertThat(((DirectDebitAmountRes) listener.last()).getDebitedAmount()).isEqualTo(eur("1.25"));
        assertThat(engine.state(id)).isEqualTo(SessionState.SESSION_CREATED);
    }

    @Test
    void directCreditIsARefundAndWorksAfterTheReservationEnded() throws Exception {
        ChargingSessionId id = session();
        reserveUnits(id, volumes(minutes(1)));
        engine.chargeUnit(id, Operation.DEBIT_UNIT, APP, volumes(minutes(1)), true, next(id));

        engine.directUnit(id, Operation.DIRECT_CREDIT_UNIT, APP, ChargingParameters.NONE, volumes(seconds(30)), next(id));

        assertThat(engine.state(id)).isEqualTo(SessionState.RESERVATION_ENDED);
        assertThat(port.last().requestedAction()).isEqualTo(RequestedAction.REFUND_ACCOUNT);
        assertThat(listener.last()).isInstanceOf(DirectCreditUnitRes.class);
    }

    @Test
    void creditLimitOnADirectDebitIsNoDebit() throws Exception {
        ChargingSessionId id = session();
        port.answerWith(request -> RoAnswer.failure(ResultCode.CREDIT_LIMIT_REACHED));

        engine.directAmount(id, Operation.DIRECT_DEBIT_AMOUNT, APP, ChargingParameters.NONE, eur("1"), next(id));

        assertThat(((DirectDebitAmountErr) listener.last()).getError()).isEqualTo(ChargingError.NO_DEBIT);
    }

    @Test
    void txTimeoutOfARefundAnswersUndefinedAndTheNextRequestIsAccepted() throws Exception {
        ChargingSessionId id = session();
        port.holdAnswers();
        engine.directAmount(id, Operation.DIRECT_CREDIT_AMOUNT, APP, ChargingParameters.NONE, eur("1"), next(id));

        time.advance(Duration.ofSeconds(3));

        DirectCreditAmountErr err = (DirectCreditAmountErr) listener.last();
        assertThat(err.getError()).isEqualTo(ChargingError.UNDEFINED);
        assertThat(err.getExtraInformation()).contains("Tx timer");
        engine.directAmount(id, Operation.DIRECT_DEBIT_AMOUNT, APP, ChargingParameters.NONE, eur("1"), next(id));
        assertThat(port.sent).hasSize(2);
    }

    @Test
    void rateIsAPriceEnquiryAnsweredWithCostInformation() throws Exception {
        ChargingSessionId id = session();
        port.answerWith(request -> RoAnswer.of(ResultCode.SUCCESS, ServiceUnits.NONE, Duration.ofSeconds(60), null,
                eur("0.10")));

        engine.rate(id, RATING_GROUP);

        assertThat(port.last().requestedAction()).isEqualTo(RequestedAction.PRICE_ENQUIRY);
        RateRes res = (RateRes) listener.last();
        assertThat(res.getRates()).containsExactly(PriceVolume.of(eur("0.10"), minutes(1)));
        assertThat(res.getValidityTimeLeft()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void rateWithoutCostInformationOrWhileOneIsOutstanding() throws Exception {
        ChargingSessionId id = session();
        engine.rate(id, ChargingParameters.NONE);
        assertThat(((RateErr) listener.last()).getError()).isEqualTo(ChargingError.PARAMETER);

        port.holdAnswers();
        engine.rate(id, ChargingParameters.NONE);

        assertThatThrownBy(() -> engine.rate(id, ChargingParameters.NONE)).isInstanceOf(TaskRefusedException.class);
    }
}
