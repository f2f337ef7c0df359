package org.sleecharging.ra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.value.ChargingParameter;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.RoRequest;

/**
 * Usage reported after the reservation must name the reservation's Service-Identifier and
 * Rating-Group, or the OCS cannot match it to what it holds and the charge is lost (found by du/it:
 * a CCR-T without Rating-Group was debited from nothing).
 */
class UsageReportParametersTest extends EngineFixture {

    private static final ChargingParameters VOICE = ChargingParameters.of(
            ChargingParameter.ofInteger(ChargingParameter.SERVICE_IDENTIFIER, 100),
            ChargingParameter.ofInteger(ChargingParameter.RATING_GROUP, 10));

    @Test
    void theCcrTerminationOfADebitThatUsesUpTheReservationCarriesItsRatingGroup() throws Exception {
        ChargingSessionId id = session();
        engine.reserveUnit(id, APP, VOICE, volumes(seconds(2)), next(id));
        engine.chargeUnit(id, org.sleecharging.ra.engine.request.Operation.DEBIT_UNIT, APP, volumes(seconds(2)), false,
                next(id));

        RoRequest termination = port.last();
        assertThat(termination.type()).isEqualTo(RequestType.TERMINATION);
        assertThat(termination.parameters()).isEqualTo(VOICE);
    }

    @Test
    void releaseAndFurtherReservationsRepeatTheLatestReservationParameters() throws Exception {
        ChargingSessionId id = session();
        engine.reserveUnit(id, APP, VOICE, volumes(seconds(60)), next(id));
        engine.chargeUnit(id, org.sleecharging.ra.engine.request.Operation.DEBIT_UNIT, APP, volumes(seconds(20)), false,
                next(id));
        engine.release(id, next(id));

        RoRequest termination = port.last();
        assertThat(termination.type()).isEqualTo(RequestType.TERMINATION);
        assertThat(termination.parameters()).isEqualTo(VOICE);
    }
}
