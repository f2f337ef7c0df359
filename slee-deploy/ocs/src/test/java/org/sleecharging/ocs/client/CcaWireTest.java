package org.sleecharging.ocs.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jdiameter.api.Answer;
import org.jdiameter.api.Avp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sleecharging.ocs.AccountConfig;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.MsccRequest;
import org.sleecharging.ocs.OcsConfig;
import org.sleecharging.ocs.OcsSimulator;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.ServiceUnits;
import org.sleecharging.ocs.SubscriptionId;
import org.sleecharging.ocs.Tariff;
import org.sleecharging.ocs.UnitType;

/** The CCA on the wire carries what RFC 4006 §3.2 requires, whichever way the simulator answers. */
@Timeout(30)
class CcaWireTest {
    private static final Duration T = Duration.ofSeconds(5);
    private static final String HOST = "ocs-wire.sleecharging.org";
    private static final String SUBSCRIBER = "491700000009";
    private OcsSimulator ocs;
    private RawRoClient client;

    @BeforeEach
    void start() {
        ocs = OcsSimulator.start(OcsConfig.builder().listen("127.0.0.1", 0).originHost(HOST)
                .account(AccountConfig.builder("dave").subscriptionId(SUBSCRIBER).money("EUR", "10").build())
                .tariff(Tariff.perUnit(10, UnitType.TIME, "EUR", "0.01")).build());
        client = RawRoClient.connect(HOST, ocs.config().originRealm(), "127.0.0.1", ocs.port());
    }

    @AfterEach
    void stop() {
        client.close();
        ocs.close();
    }

    @Test
    void answersCarrySessionIdFirstAndTheOriginOfTheSimulator() throws Exception {
        String sid = client.newSessionId();
        Answer initial = client.sendForAnswer(ccr(sid, RequestType.INITIAL, 0, ServiceUnits.of(UnitType.TIME, 60), null),
                false, T).get();
        Answer unknown = client.sendForAnswer(ccr(client.newSessionId(), RequestType.UPDATE, 1, null,
                ServiceUnits.of(UnitType.TIME, 10)), false, T).get();

        for (Answer a : List.of(initial, unknown)) {
            assertThat(codes(a)).startsWith(263).contains(264, 296, 268, 258, 416, 415);
            assertThat(a.getAvps().getAvp(264).getDiameterIdentity()).isEqualTo(HOST);
            assertThat(a.getAvps().getAvp(296).getDiameterIdentity()).isEqualTo(ocs.config().originRealm());
        }
        assertThat(initial.getAvps().getAvp(268).getUnsigned32()).isEqualTo(2001);
        assertThat(initial.getAvps().getAvp(263).getUTF8String()).isEqualTo(sid);
        assertThat(codes(initial)).contains(456);
        assertThat(unknown.getAvps().getAvp(268).getUnsigned32()).isEqualTo(5002);
    }

    private static List<Integer> codes(Answer a) {
        List<Integer> codes = new ArrayList<>();
        for (Avp avp : a.getAvps()) {
            codes.add(avp.getCode());
        }
        return codes;
    }

    private static CreditControlRequest ccr(String sid, RequestType type, long number, ServiceUnits requested,
                                            ServiceUnits used) {
        return new CreditControlRequest(sid, type, number, List.of(SubscriptionId.e164(SUBSCRIBER)),
                OcsConfig.RO_SERVICE_CONTEXT, null, List.of(new MsccRequest(10L, null, requested, used)), false, null);
    }
}
