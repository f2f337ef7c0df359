package org.sleecharging.ra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.DebitUnitErr;
import org.sleecharging.events.DebitUnitRes;
import org.sleecharging.events.ReserveUnitRes;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.ServiceUnits;
import org.sleecharging.ra.engine.state.SessionState;

class UnitChargingTest extends EngineFixture {

    @Test
    void twoMinutesPlusHundredSecondsStayTwoVolumes() throws Exception {
        ChargingSessionId id = session();

        reserveUnits(id, volumes(minutes(2), seconds(100)));

        assertThat(port.last().requested()).isEqualTo(ServiceUnits.of(volumes(minutes(2), seconds(100))));
        assertThat(((ReserveUnitRes) listener.last()).getReservedUnits()).isEqualTo(volumes(minutes(2), seconds(100)));
        assertThat(engine.unitLeft(id).volumes()).containsExactlyInAnyOrder(minutes(2), seconds(100));
        assertThat(engine.state(id)).isEqualTo(SessionState.VOLUME_RESERVED);
    }

    @Test
    void aFurtherReservationAddsPerUnitWithoutConverting() throws Exception {
        ChargingSessionId id = session();
        reserveUnits(id, volumes(minutes(2)));

        reserveUnits(id, volumes(minutes(1), seconds(30)));

        assertThat(port.last().type()).isEqualTo(RequestType.UPDATE);
        assertThat(engine.unitLeft(id)).isEqualTo(volumes(minutes(3), seconds(30)));
    }

    @Test
    void debitInSecondsAgainstAMinutesReservationIsAVolumesError() throws Exception {
        ChargingSessionId id = session();
        reserveUnits(id, volumes(minutes(2)));

        debitUnits(id, volumes(seconds(30)));

        assertThat(((DebitUnitErr) listener.last()).getError()).isEqualTo(ChargingError.VOLUMES);
        assertThat(engine.unitLeft(id)).isEqualTo(volumes(minutes(2)));
    }

    @Test
    void unitDebitBeyondTheReservationDebitsOnlyWhatIsLeft() throws Exception {
        ChargingSessionId id = session();
        reserveUnits(id, volumes(minutes(2), seconds(100)));

        debitUnits(id, volumes(seconds(150)));

        DebitUnitRes res = (DebitUnitRes) listener.last();
        assertThat(res.getDebitedVolumes()).isEqualTo(volumes(seconds(100)));
        assertThat(res.getReservedUnitsLeft()).isEqualTo(volumes(minutes(2), seconds(0)));
        assertThat(engine.state(id)).isEqualTo(SessionState.VOLUME_RESERVED);
    }

    @Test
    void usedUnitsAreReportedPerUnitOnRelease() throws Exception {
        ChargingSessionId id = session();
        reserveUnits(id, volumes(minutes(2), seconds(100)));
        debitUnits(id, volumes(minutes(1), seconds(40)));

        engine.release(id, next(id));

        assertThat(port.last().type()).isEqualTo(RequestType.TERMINATION);
        assertThat(port.last().used()).isEqualTo(ServiceUnits.of(volumes(minutes(1), seconds(40))));
        assertThat(listener.ended).containsExactly(id);
    }
}
