package org.sleecharging.ocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleecharging.ocs.Fixtures.ALICE;
import static org.sleecharging.ocs.Fixtures.RG_VOICE;
import static org.sleecharging.ocs.Fixtures.ccr;
import static org.sleecharging.ocs.Fixtures.rsu;
import static org.sleecharging.ocs.Fixtures.usu;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.ocs.client.RawRoClient;

/** SCUR, ECUR and IEC over real TCP with a raw jDiameter Ro client. */
class RoFlowsTest {
    private static final Duration T = Duration.ofSeconds(5);
    private OcsSimulator ocs;
    private RawRoClient client;

    @BeforeEach
    void start() {
        ocs = OcsSimulator.start(Fixtures.config().build());
        client = RawRoClient.connect(ocs.config().originHost(), ocs.config().originRealm(), "127.0.0.1", ocs.port());
    }

    @AfterEach
    void stop() {
        client.close();
        ocs.close();
    }

    @Test
    void scurDebitsUsageAndReleasesTheRest() throws Exception {
        String sid = client.newSessionId();
        CreditControlAnswer i = client.send(ccr(sid, RequestType.INITIAL, 0, ALICE, rsu(RG_VOICE, UnitType.TIME, 60)), T).get();
        assertThat(i.resultCode()).isEqualTo(2001);
        assertThat(i.msccs()).singleElement().satisfies(m -> {
            assertThat(m.granted().get(UnitType.TIME)).isEqualTo(60);
            assertThat(m.validityTime()).isEqualTo(300);
            assertThat(m.finalUnit()).isFalse();
        });
        CreditControlAnswer u = client.send(ccr(sid, RequestType.UPDATE, 1, ALICE, usu(RG_VOICE, UnitType.TIME, 60, 60L)), T).get();
        assertThat(u.resultCode()).isEqualTo(2001);
        CreditControlAnswer t = client.send(ccr(sid, RequestType.TERMINATION, 2, ALICE, usu(RG_VOICE, UnitType.TIME, 30, null)), T).get();
        assertThat(t.resultCode()).isEqualTo(2001);
        assertThat(t.requestNumber()).isEqualTo(2);

        assertThat(ocs.account("alice").balance().get("EUR")).isEqualByComparingTo("9.10");
        assertThat(ocs.account("alice").held().get("EUR")).isEqualByComparingTo("0");
        Ledger ledger = ocs.ledger();
        assertThat(ledger.total(LedgerEntry.Kind.DEBIT, "alice", "EUR")).isEqualByComparingTo("0.90");
        assertThat(ledger.total(LedgerEntry.Kind.RELEASE, "alice", "EUR")).isEqualByComparingTo("0.30");
        assertThat(ledger.forSession(sid)).extracting(LedgerEntry::requestNumber).containsExactly(0L, 1L, 1L, 2L, 2L);
        assertThat(ocs.isSessionLive(sid)).isFalse();
        assertThat(ocs.reconcile().problems()).isEmpty();
        assertThat(ocs.takeRequest(T).requestType()).isEqualTo(RequestType.INITIAL);
    }

    @Test
    void grantNeverExceedsTheBalanceAndTheLastGrantIsFinal() throws Exception {
        String sid = client.newSessionId();
        CreditControlAnswer i = client.send(ccr(sid, RequestType.INITIAL, 0, Fixtures.CAROL, rsu(RG_VOICE, UnitType.TIME, 600)), T).get();
        assertThat(i.msccs()).singleElement().satisfies(m -> {
            assertThat(m.granted().get(UnitType.TIME)).isEqualTo(100);
            assertThat(m.finalUnit()).isTrue();
        });
        assertThat(ocs.account("carol").available("EUR")).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
