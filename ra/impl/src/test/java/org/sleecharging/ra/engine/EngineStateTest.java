package org.sleecharging.ra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.CreditUnitRes;
import org.sleecharging.events.DebitAmountErr;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.ra.engine.request.Operation;
import org.sleecharging.ra.engine.state.SessionState;
import org.sleecharging.ratype.TaskRefusedException;

/** The engine applies the §9.1 table: operations the state forbids are refused before anything happens. */
class EngineStateTest extends EngineFixture {

    @Test
    void debitsNeedAReservationOfTheirKind() throws Exception {
        ChargingSessionId id = session();

        assertThatThrownBy(() -> debit(id, "1", false)).isInstanceOf(TaskRefusedException.class)
                .hasMessageContaining("SESSION_CREATED");
        reserve(id, "10");
        assertThatThrownBy(() -> debitUnits(id, volumes(seconds(1)))).isInstanceOf(TaskRefusedException.class)
                .hasMessageContaining("AMOUNT_RESERVED");
        assertThatThrownBy(() -> reserveUnits(id, volumes(seconds(1)))).isInstanceOf(TaskRefusedException.class);
        assertThatThrownBy(() -> engine.unitLeft(id)).isInstanceOf(TaskRefusedException.class);
        assertThat(port.sent).hasSize(1);
    }

    @Test
    void noNewReservationAfterTheReservationEndedButDirectChargingAndRatingStillWork() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");
        debit(id, "1", true);

        assertThatThrownBy(() -> reserve(id, "5")).isInstanceOf(TaskRefusedException.class)
                .hasMessageContaining("RESERVATION_ENDED");
        assertThatThrownBy(() -> debit(id, "1", false)).isInstanceOf(TaskRefusedException.class);
        assertThatThrownBy(() -> engine.amountLeft(id)).isInstanceOf(TaskRefusedException.class);
        engine.directAmount(id, Operation.DIRECT_DEBIT_AMOUNT, APP, ChargingParameters.NONE, eur("1"), next(id));
        engine.rate(id, ChargingParameters.NONE);
        assertThat(engine.state(id)).isEqualTo(SessionState.RESERVATION_ENDED);
    }

    @Test
    void releaseEndsTheSessionFromEveryLiveState() throws Exception {
        ChargingSessionId created = session();
        ChargingSessionId amount = session();
        reserve(amount, "1");
        ChargingSessionId units = session();
        reserveUnits(units, volumes(seconds(10)));
        ChargingSessionId ended = session();
        reserve(ended, "1");
        debit(ended, "1", false);

        for (ChargingSessionId id : new ChargingSessionId[] {created, amount, units, ended}) {
            engine.release(id, next(id));
        }

        assertThat(listener.ended).containsExactly(created, amount, units, ended);
        assertThat(engine.liveSessions()).isZero();
    }

    @Test
    void aRetryOfAnErrRepeatsTheErr() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");
        int number = next(id);
        debit(id, "11", false);
        DebitAmountErr first = (DebitAmountErr) listener.last();

        engine.chargeAmount(id, Operation.DEBIT_AMOUNT, APP, eur("11"), false, number);

        assertThat(listener.last()).isEqualTo(first);
        assertThat(first.getError()).isEqualTo(ChargingError.RESERVATION_LIMIT);
        assertThat(engine.nextRequestNumber(id)).isEqualTo(number + 1);
    }

    @Test
    void unitCreditReturnsUnreportedUsageToTheReservation() throws Exception {
        ChargingSessionId id = session();
        reserveUnits(id, volumes(minutes(5)));
        debitUnits(id, volumes(minutes(3)));

        engine.chargeUnit(id, Operation.CREDIT_UNIT, APP, volumes(minutes(1)), false, next(id));

        CreditUnitRes res = (CreditUnitRes) listener.last();
        assertThat(res.getCreditedVolumes()).isEqualTo(volumes(minutes(1)));
        assertThat(res.getReservedUnitsLeft()).isEqualTo(volumes(minutes(3)));
    }
}
