package org.sleecharging.ratype;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChargingExceptionTest {

    @Test
    void carriesTheParlayCodeAndExtraInformation() {
        ChargingException e = new InvalidRequestNumberException("request number 9 is neither next (8) nor a retry of 7");

        assertThat(e.getCode()).isEqualTo(ParlayExceptionCode.P_INVALID_REQUEST_NUMBER);
        assertThat(e.getExtraInformation()).isEqualTo("request number 9 is neither next (8) nor a retry of 7");
        assertThat(e).hasMessageStartingWith("P_INVALID_REQUEST_NUMBER: ");
    }

    @Test
    void eachParlayCodeHasItsOwnExceptionType() {
        ChargingException[] all = {new InvalidSessionIdException(""), new InvalidAmountException(""),
                new InvalidCurrencyException(""), new InvalidRequestNumberException(""), new InvalidUserException(""),
                new InvalidAccountException(""), new InvalidVolumeException(""), new TaskRefusedException(""),
                new MethodNotSupportedException("")};

        assertThat(all).extracting(ChargingException::getCode).containsExactly(ParlayExceptionCode.values());
    }
}
