package org.sleecharging.ra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.CreditAmountErr;
import org.sleecharging.events.DebitAmountErr;
import org.sleecharging.events.DebitAmountRes;
import org.sleecharging.events.ReserveAmountErr;
import org.sleecharging.events.ReserveAmountRes;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.Money;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.ResultCode;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.ServiceUnits;
import org.sleecharging.ra.engine.state.SessionState;

class AmountChargingTest extends EngineFixture {

    @Test
    void firstReservationIsACcrInitialAndFurtherOnesUpdateWithTheNewTotal() throws Exception {
        ChargingSessionId id = session();

        reserve(id, "10");
        reserve(id, "5");

        assertThat(port.sent.get(0).type()).isEqualTo(RequestType.INITIAL);
        assertThat(port.sent.get(0).requested()).isEqualTo(ServiceUnits.of(eur("10")));
        assertThat(port.sent.get(1).type()).isEqualTo(RequestType.UPDATE);
        assertThat(port.sent.get(1).ccRequestNumber()).isEqualTo(1);
        assertThat(port.sent.get(1).requested()).isEqualTo(ServiceUnits.of(eur("15")));
        assertThat(((ReserveAmountRes) listener.last()).getReservedAmount()).isEqualTo(eur("15"));
        assertThat(engine.amountLeft(id)).isEqualTo(eur("15"));
        assertThat(engine.state(id)).isEqualTo(SessionState.AMOUNT_RESERVED);
    }

    @Test
    void debitBeyondTheReservationFailsAndDebitsNothing() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");

        debit(id, "10.01", false);

        DebitAmountErr err = (DebitAmountErr) listener.last();
        assertThat(err.getError()).isEqualTo(ChargingError.RESERVATION_LIMIT);
        assertThat(err.getResultCode()).as("the RA refused it, no OCS answer").isZero();
        assertThat(engine.amountLeft(id)).isEqualTo(eur("10"));
        assertThat(engine.state(id)).isEqualTo(SessionState.AMOUNT_RESERVED);
    }

    @Test
    void debitsAndCreditsAreEachHandledSeparately() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");

        debit(id, "1", false);
        debit(id, "1", false);
        credit(id, "1");
        debit(id, "1", false);
        engine.release(id, next(id));

        assertThat(((DebitAmountRes) listener.events.get(2)).getReservedAmountLeft()).isEqualTo(eur("8"));
        RoRequest termination = port.last();
        assertThat(termination.type()).isEqualTo(RequestType.TERMINATION);
        assertThat(termination.used()).isEqualTo(ServiceUnits.of(eur("2")));
    }

    @Test
    void creditOfOneAndDebitOfOneReportNothing() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");

        debit(id, "1", false);
        credit(id, "1");
        engine.release(id, next(id));

        assertThat(port.last().type()).isEqualTo(RequestType.TERMINATION);
        assertThat(port.last().used().isNone()).as("no Used-Service-Unit when the net usage is zero").isTrue();
    }

    @Test
    void creditBeyondTheUnreportedUsageIsRefusedWithNoCredit() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");
        debit(id, "1", false);

        credit(id, "2");

        assertThat(((CreditAmountErr) listener.last()).getError()).isEqualTo(ChargingError.NO_CREDIT);
        assertThat(engine.amountLeft(id)).isEqualTo(eur("9"));
    }

    @Test
    void closeReservationFreesTheRestReportsUsageAndKeepsTheSession() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");

        debit(id, "3", true);

        assertThat(port.last().type()).isEqualTo(RequestType.TERMINATION);
        assertThat(port.last().used()).isEqualTo(ServiceUnits.of(eur("3")));
        assertThat(engine.state(id)).isEqualTo(SessionState.RESERVATION_ENDED);
        assertThat(engine.isLive(id)).isTrue();
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void reachingTheReservationLimitEndsTheReservation() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");

        debit(id, "10", false);

        assertThat(((DebitAmountRes) listener.last()).getReservedAmountLeft()).isEqualTo(eur("0"));
        assertThat(engine.state(id)).isEqualTo(SessionState.RESERVATION_ENDED);
    }

    @Test
    void debitInAnotherCurrencyThanTheReservationIsACurrencyError() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");

        engine.chargeAmount(id, org.sleecharging.ra.engine.request.Operation.DEBIT_AMOUNT, APP, Money.of("USD", "1"), false,
                next(id));

        assertThat(((DebitAmountErr) listener.last()).getError()).isEqualTo(ChargingError.CURRENCY);
        assertThat(engine.amountLeft(id)).isEqualTo(eur("10"));
    }

    @Test
    void grantBelowTheMinimumIsAReservationLimitError() throws Exception {
        ChargingSessionId id = session();
        port.answerWith(request -> RoAnswer.success(ServiceUnits.of(eur("4"))));

        engine.reserveAmount(id, APP, ChargingParameters.NONE, eur("10"), eur("5"), next(id));

        assertThat(((ReserveAmountErr) listener.last()).getError()).isEqualTo(ChargingError.RESERVATION_LIMIT);
        assertThat(engine.state(id)).isEqualTo(SessionState.SESSION_CREATED);
    }

    @Test
    void creditLimitReachedOnAReservationMapsToReservationLimitAndUserUnknownToUser() throws Exception {
        ChargingSessionId id = session();
        port.answerWith(request -> RoAnswer.failure(ResultCode.CREDIT_LIMIT_REACHED));
        reserve(id, "10");
        ReserveAmountErr limit = (ReserveAmountErr) listener.last();
        port.answerWith(request -> RoAnswer.failure(ResultCode.USER_UNKNOWN));
        reserve(id, "10");

        assertThat(limit.getError()).isEqualTo(ChargingError.RESERVATION_LIMIT);
        assertThat(limit.getExtraInformation()).contains("4012");
        assertThat(limit.getResultCode()).isEqualTo(4012);
        assertThat(((ReserveAmountErr) listener.last()).getError()).isEqualTo(ChargingError.USER);
        assertThat(((ReserveAmountErr) listener.last()).getResultCode()).isEqualTo(5030);
        assertThat(port.sent).extracting(RoRequest::type).containsExactly(RequestType.INITIAL, RequestType.INITIAL);
    }

    @Test
    void finalUnitIndicationStopsFurtherReservations() throws Exception {
        ChargingSessionId id = session();
        port.answerWith(request -> RoAnswer.of(ResultCode.SUCCESS, request.requested(), null,
                org.sleecharging.ra.engine.ro.FinalUnitAction.TERMINATE, null));
        reserve(id, "10");

        reserve(id, "5");

        assertThat(((ReserveAmountErr) listener.last()).getError()).isEqualTo(ChargingError.RESERVATION_LIMIT);
        assertThat(port.sent).hasSize(1);
    }
}
