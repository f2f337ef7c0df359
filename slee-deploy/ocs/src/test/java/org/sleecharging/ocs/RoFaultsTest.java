package org.sleecharging.ocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.sleecharging.ocs.Fixtures.ALICE;
import static org.sleecharging.ocs.Fixtures.RG_VOICE;
import static org.sleecharging.ocs.Fixtures.ccr;
import static org.sleecharging.ocs.Fixtures.rsu;
import static org.sleecharging.ocs.Fixtures.usu;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sleecharging.ocs.client.RawRoClient;

/** Retransmission, scripted faults, RAR/ASR, validity expiry and restart over TCP. */
@Timeout(30)
class RoFaultsTest {
    private static final Duration T = Duration.ofSeconds(5);
    private OcsSimulator ocs;
    private RawRoClient client;

    @BeforeEach
    void start() {
        ocs = OcsSimulator.start(Fixtures.config().validityTime(Duration.ofSeconds(1)).build());
        client = connect();
    }

    private RawRoClient connect() {
        return RawRoClient.connect(ocs.config().originHost(), ocs.config().originRealm(), "127.0.0.1", ocs.port());
    }

    @AfterEach
    void stop() {
        client.close();
        ocs.close();
    }

    @Test
    void retransmissionReturnsTheOriginalAnswerAndChargesOnce() throws Exception {
        String sid = client.newSessionId();
        CreditControlRequest initial = ccr(sid, RequestType.INITIAL, 0, ALICE, rsu(RG_VOICE, UnitType.TIME, 60));
        CreditControlAnswer first = client.send(initial, T).get();
        CreditControlRequest report = ccr(sid, RequestType.TERMINATION, 1, ALICE, usu(RG_VOICE, UnitType.TIME, 40, null));
        CreditControlAnswer original = client.send(report, T).get();
        CreditControlAnswer again = client.sendRaw(report, true, T).get();
        CreditControlAnswer initialAgain = client.sendRaw(initial, true, T).get();

        assertThat(again).isEqualTo(original);
        assertThat(initialAgain).isEqualTo(first);
        assertThat(first.msccs().get(0).granted().get(UnitType.TIME)).isEqualTo(60);
        assertThat(ocs.account("alice").balance().get("EUR")).isEqualByComparingTo("9.60");
        assertThat(ocs.ledger().ofKind(LedgerEntry.Kind.DEBIT)).hasSize(1);
        assertThat(ocs.duplicateCount()).isEqualTo(2);
        assertThat(ocs.reconcile().problems()).isEmpty();
    }

    @Test
    void droppedAnswerIsChargedOnceAndReplayedOnRetransmission() throws Exception {
        ocs.enqueue(Rule.dropAnswer().forRequestType(RequestType.INITIAL));
        String sid = client.newSessionId();
        CreditControlRequest initial = ccr(sid, RequestType.INITIAL, 0, ALICE, rsu(RG_VOICE, UnitType.TIME, 60));
        assertThatThrownBy(() -> client.sendRaw(initial, false, Duration.ofMillis(500)).get())
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TimeoutException.class);
        // The client gave up after 500 ms; on a loaded machine the OCS may charge a little later.
        await().atMost(T).untilAsserted(() ->
                assertThat(ocs.account("alice").held().get("EUR")).isEqualByComparingTo("0.60"));

        CreditControlAnswer replay = client.sendRaw(initial, true, T).get();
        assertThat(replay.resultCode()).isEqualTo(2001);
        assertThat(ocs.account("alice").held().get("EUR")).isEqualByComparingTo("0.60");
        assertThat(ocs.ledger().ofKind(LedgerEntry.Kind.GRANT)).hasSize(1);
    }

    @Test
    void delayedAnswerArrivesAfterTheDelay() throws Exception {
        ocs.enqueue(Rule.delay(Duration.ofMillis(400)).forSubscriber(ALICE));
        long start = System.nanoTime();
        CreditControlAnswer a = client.send(ccr(client.newSessionId(), RequestType.INITIAL, 0, ALICE, rsu(RG_VOICE, UnitType.TIME, 60)), T).get();
        assertThat(a.resultCode()).isEqualTo(2001);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void closedConnectionChargesButNeverAnswers() throws Exception {
        ocs.enqueue(Rule.closeConnection());
        String sid = client.newSessionId();
        assertThatThrownBy(() -> client.sendRaw(ccr(sid, RequestType.INITIAL, 0, ALICE, rsu(RG_VOICE, UnitType.TIME, 60)), false,
                Duration.ofSeconds(1)).get()).isInstanceOf(ExecutionException.class);
        // The server may charge after the client's 1 s gave up (loaded machine), and the 1 s
        // Validity-Time may already have released the grant: the session's ledger starts with it.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(ocs.ledger().forSession(sid)).extracting(LedgerEntry::kind).startsWith(LedgerEntry.Kind.GRANT)
                        .doesNotContain(LedgerEntry.Kind.DEBIT));
    }

    @Test
    void reAuthAndAbortReachTheLiveClientSession() throws Exception {
        String sid = client.newSessionId();
        client.send(ccr(sid, RequestType.INITIAL, 0, ALICE, rsu(RG_VOICE, UnitType.TIME, 60)), T).get();
        assertThat(ocs.sendReAuthRequest(sid).get(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(2001);
        assertThat(client.takeReAuthRequest(T)).isEqualTo(sid);
        assertThat(ocs.sendAbortSession(sid).get(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(2001);
        assertThat(client.takeAbortRequest(T)).isEqualTo(sid);
    }

    @Test
    void validityExpiryReleasesTheReservation() throws Exception {
        String sid = client.newSessionId();
        client.send(ccr(sid, RequestType.INITIAL, 0, ALICE, rsu(RG_VOICE, UnitType.TIME, 60)), T).get();
        assertThat(ocs.account("alice").held().get("EUR")).isEqualByComparingTo("0.60");
        await().atMost(Duration.ofSeconds(5)).until(() -> ocs.account("alice").held().get("EUR").signum() == 0);
        assertThat(ocs.ledger().ofKind(LedgerEntry.Kind.RELEASE)).singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualByComparingTo("0.60"));
        assertThat(ocs.reconcile().problems()).isEmpty();
    }

    @Test
    void restartKeepsTheLedgerAndAcceptsNewConnections() throws Exception {
        String sid = client.newSessionId();
        client.send(ccr(sid, RequestType.INITIAL, 0, ALICE, rsu(RG_VOICE, UnitType.TIME, 60)), T).get();
        client.close();
        ocs.stop();
        assertThat(ocs.isListening()).isFalse();
        ocs.restart();
        client = connect();
        CreditControlAnswer t = client.sendRaw(ccr(sid, RequestType.TERMINATION, 1, ALICE, usu(RG_VOICE, UnitType.TIME, 10, null)), false, T).get();
        assertThat(t.resultCode()).isEqualTo(2001);
        assertThat(ocs.account("alice").balance().get("EUR")).isEqualByComparingTo("9.90");
    }
}
