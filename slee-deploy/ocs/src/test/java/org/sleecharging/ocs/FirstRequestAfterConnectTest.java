package org.sleecharging.ocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleecharging.ocs.Fixtures.ALICE;
import static org.sleecharging.ocs.Fixtures.RG_VOICE;
import static org.sleecharging.ocs.Fixtures.ccr;
import static org.sleecharging.ocs.Fixtures.rsu;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;
import org.sleecharging.ocs.client.RawRoClient;

/**
 * A CCR sent the moment the client is connected is answered. jDiameter tells the client's start
 * about OKAY before it sets the state, and the stock server peer machine could take that CCR
 * while still DOWN and drop it; before both were handled about one connection in fifteen on a
 * loaded machine went unanswered, so the race is tried several times.
 */
@Timeout(60)
class FirstRequestAfterConnectTest {

    @RepeatedTest(8)
    void theFirstRequestOfANewConnectionIsAnswered() throws Exception {
        try (OcsSimulator ocs = OcsSimulator.start(Fixtures.config().build());
             RawRoClient client = RawRoClient.connect(ocs.config().originHost(), ocs.config().originRealm(), "127.0.0.1",
                     ocs.port())) {
            CreditControlAnswer a = client.sendRaw(ccr(client.newSessionId(), RequestType.INITIAL, 0, ALICE,
                    rsu(RG_VOICE, UnitType.TIME, 60)), false, Duration.ofSeconds(5)).get();
            assertThat(a.resultCode()).isEqualTo(2001);
        }
    }
}
