package org.sleecharging.ra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.DirectDebitAmountRes;
import org.sleecharging.events.ReserveAmountRes;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.ra.engine.request.Operation;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ratype.InvalidRequestNumberException;
import org.sleecharging.ratype.TaskRefusedException;

class RequestNumberTest extends EngineFixture {

    @Test
    void firstRequestCarriesTheNumberFromTheSessionIdAndTheAnswerGivesTheNext() throws Exception {
        ChargingSessionId id = session();
        int first = id.firstRequestNumber();

        reserve(id, "10");

        ReserveAmountRes res = (ReserveAmountRes) listener.last();
        assertThat(res.getRequestNumber()).isEqualTo(first);
        assertThat(res.getNextRequestNumber()).isEqualTo(first + 1).isEqualTo(engine.nextRequestNumber(id));
    }

    @Test
    void retryOfAnAnsweredRequestRepeatsTheOutcomeAndChargesOnce() throws Exception {
        ChargingSessionId id = session();
        int number = id.firstRequestNumber();
        engine.directAmount(id, Operation.DIRECT_DEBIT_AMOUNT, APP, ChargingParameters.NONE, eur("2"), number);

        engine.directAmount(id, Operation.DIRECT_DEBIT_AMOUNT, APP, ChargingParameters.NONE, eur("2"), number);

        assertThat(port.sent).hasSize(1);
        assertThat(listener.events).hasSize(2).allMatch(e -> e instanceof DirectDebitAmountRes);
        assertThat(listener.events.get(1)).isEqualTo(listener.events.get(0));
        assertThat(engine.nextRequestNumber(id)).isEqualTo(number + 1);
    }

    @Test
    void retryOfAnUnansweredRequestSendsNothingAndTheOneAnswerComesOnce() throws Exception {
        ChargingSessionId id = session();
        int number = id.firstRequestNumber();
        port.holdAnswers();
        engine.directAmount(id, Operation.DIRECT_DEBIT_AMOUNT, APP, ChargingParameters.NONE, eur("2"), number);

        engine.directAmount(id, Operation.DIRECT_DEBIT_AMOUNT, APP, ChargingParameters.NONE, eur("2"), number);
        port.answer(0, RoAnswer.success(port.sent.get(0).requested()));

        assertThat(port.sent).hasSize(1);
        assertThat(listener.events).hasSize(1);
        assertThat(((DirectDebitAmountRes) listener.last()).getRequestNumber()).isEqualTo(number);
    }

    @Test
    void retryWithOtherParametersIsRefused() throws Exception {
        ChargingSessionId id = session();
        int number = id.firstRequestNumber();
        engine.directAmount(id, Operation.DIRECT_DEBIT_AMOUNT, APP, ChargingParameters.NONE, eur("2"), number);

        assertThatThrownBy(() -> engine.directAmount(id, Operation.DIRECT_DEBIT_AMOUNT, APP, ChargingParameters.NONE,
                eur("3"), number)).isInstanceOf(InvalidRequestNumberException.class).hasMessageContaining("was used for");
        assertThat(port.sent).hasSize(1);
    }

    @Test
    void staleAndFutureNumbersAreRefusedAndChangeNothing() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");
        reserve(id, "5");
        int next = engine.nextRequestNumber(id);
        int sent = port.sent.size();

        assertThatThrownBy(() -> engine.reserveAmount(id, APP, ChargingParameters.NONE, eur("1"), eur("0"), next - 2))
                .isInstanceOf(InvalidRequestNumberException.class).hasMessageContaining("stale");
        assertThatThrownBy(() -> engine.reserveAmount(id, APP, ChargingParameters.NONE, eur("1"), eur("0"), next + 1))
                .isInstanceOf(InvalidRequestNumberException.class).hasMessageContaining("not yet valid");
        assertThat(engine.nextRequestNumber(id)).isEqualTo(next);
        assertThat(port.sent).hasSize(sent);
    }

    @Test
    void secondRequestWhileOneIsOutstandingIsRefused() throws Exception {
        ChargingSessionId id = session();
        port.holdAnswers();
        reserve(id, "10");
        int next = engine.nextRequestNumber(id);

        assertThatThrownBy(() -> engine.reserveAmount(id, APP, ChargingParameters.NONE, eur("1"), eur("0"), next))
                .isInstanceOf(TaskRefusedException.class).hasMessageContaining("outstanding");
        assertThat(port.sent).hasSize(1);
    }

    @Test
    void numbersOnlyGrowSoALateAnswerAfterTheTxTimerIsIgnored() throws Exception {
        // Credit-Control-Failure-Handling CONTINUE keeps the session after the failure (RFC 4006 §8.14).
        EngineFixture f = new EngineFixture(defaultSla()
                .failureHandling(org.sleecharging.ra.engine.ro.FailureHandling.CONTINUE, false).build());
        ChargingSessionId id = f.session();
        f.port.holdAnswers();
        f.reserve(id, "10");
        f.time.advance(java.time.Duration.ofSeconds(3));
        int afterTimeout = f.engine.nextRequestNumber(id);

        f.port.answer(0, RoAnswer.success(f.port.sent.get(0).requested()));

        assertThat(f.listener.events).hasSize(1);
        assertThat(afterTimeout).isEqualTo(id.firstRequestNumber() + 1);
        assertThat(f.engine.state(id)).isEqualTo(org.sleecharging.ra.engine.state.SessionState.SESSION_CREATED);
    }

    @Test
    void releaseNeedsTheNextNumber() throws Exception {
        ChargingSessionId id = session();

        assertThatThrownBy(() -> engine.release(id, id.firstRequestNumber() + 5))
                .isInstanceOf(InvalidRequestNumberException.class);
        assertThat(engine.isLive(id)).isTrue();
    }
}
