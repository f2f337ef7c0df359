package org.sleecharging.ra.engine.ro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.ra.engine.ro.ResultCodeMapping.Purpose;

class ResultCodeTest {

    @Test
    void classesFollowTheThousands() {
        assertThat(ResultCode.valueOf(1001).kind()).isEqualTo(ResultCode.Kind.INFORMATIONAL);
        assertThat(ResultCode.SUCCESS.kind()).isEqualTo(ResultCode.Kind.SUCCESS);
        assertThat(ResultCode.TOO_BUSY.kind()).isEqualTo(ResultCode.Kind.PROTOCOL_ERROR);
        assertThat(ResultCode.CREDIT_LIMIT_REACHED.kind()).isEqualTo(ResultCode.Kind.TRANSIENT_FAILURE);
        assertThat(ResultCode.USER_UNKNOWN.kind()).isEqualTo(ResultCode.Kind.PERMANENT_FAILURE);
        assertThat(ResultCode.valueOf(7000).kind()).isEqualTo(ResultCode.Kind.UNRECOGNISED);
        assertThat(ResultCode.valueOf(2001)).isEqualTo(ResultCode.SUCCESS);
        assertThatIllegalArgumentException().isThrownBy(() -> ResultCode.valueOf(-1));
    }

    @Test
    void mappingToChargingErrorsFollowsTheDesign() {
        assertThat(ResultCodeMapping.toChargingError(ResultCode.CREDIT_LIMIT_REACHED, Purpose.RESERVE))
                .isEqualTo(ChargingError.RESERVATION_LIMIT);
        assertThat(ResultCodeMapping.toChargingError(ResultCode.CREDIT_LIMIT_REACHED, Purpose.DEBIT))
                .isEqualTo(ChargingError.NO_DEBIT);
        assertThat(ResultCodeMapping.toChargingError(ResultCode.USER_UNKNOWN, Purpose.DEBIT)).isEqualTo(ChargingError.USER);
        assertThat(ResultCodeMapping.toChargingError(ResultCode.RATING_FAILED, Purpose.RATE))
                .isEqualTo(ChargingError.PARAMETER);
        assertThat(ResultCodeMapping.toChargingError(ResultCode.END_USER_SERVICE_DENIED, Purpose.DEBIT))
                .isEqualTo(ChargingError.NO_DEBIT);
        assertThat(ResultCodeMapping.toChargingError(ResultCode.END_USER_SERVICE_DENIED, Purpose.CREDIT))
                .isEqualTo(ChargingError.NO_CREDIT);
        assertThat(ResultCodeMapping.toChargingError(ResultCode.UNABLE_TO_COMPLY, Purpose.RESERVE))
                .isEqualTo(ChargingError.UNDEFINED);
        assertThatIllegalArgumentException().isThrownBy(
                () -> ResultCodeMapping.toChargingError(ResultCode.SUCCESS, Purpose.RESERVE));
    }
}
