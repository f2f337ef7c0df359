package org.sleecharging.ra.internal.diameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.sleecharging.ra.internal.diameter.RoTestKit.ALICE;
import static org.sleecharging.ra.internal.diameter.RoTestKit.RG_VOICE;
import static org.sleecharging.ra.internal.diameter.RoTestKit.T;
import static org.sleecharging.ra.internal.diameter.RoTestKit.answer;
import static org.sleecharging.ra.internal.diameter.RoTestKit.assertReconciled;
import static org.sleecharging.ra.internal.diameter.RoTestKit.ratingGroup;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.LedgerEntry;
import org.sleecharging.ocs.OcsSimulator;
import org.sleecharging.ocs.Rule;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.ResultCode;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.RoTransportException;
import org.sleecharging.ra.engine.ro.Route;
import org.sleecharging.ra.engine.ro.ServiceUnits;

/** Server-initiated requests, the T flag, failover to the secondary OCS, peer loss and close(), over real TCP. */
@Timeout(90)
class NetworkTest {
    private OcsSimulator ocs;
    private OcsSimulator secondary;
    private JDiameterRoTransport client;
    private final RecordingNetworkListener listener = new RecordingNetworkListener();

    @BeforeEach
    void start() {
        ocs = RoTestKit.ocs();
        secondary = RoTestKit.ocs();
        client = (JDiameterRoTransport) JDiameterRoClient.start(RoTestKit.client(ocs).secondary(RoTestKit.peer(secondary))
                .build(), listener);
    }

    @AfterEach
    void stop() {
        assertReconciled(ocs);
        assertReconciled(secondary);
        client.close();
        ocs.close();
        secondary.close();
    }

    private static RoRequest initial(String sid) {
        return RoRequest.builder(sid, RequestType.INITIAL, 0, ALICE)
                .requested(ServiceUnits.of(VolumeSet.of(Volume.of(60, Unit.SECONDS)))).parameters(ratingGroup(RG_VOICE)).build();
    }

    private static RoRequest termination(String sid, long number, long usedSeconds) {
        return RoRequest.builder(sid, RequestType.TERMINATION, number, ALICE)
                .used(ServiceUnits.of(VolumeSet.of(Volume.of(usedSeconds, Unit.SECONDS)))).parameters(ratingGroup(RG_VOICE)).build();
    }

    private static Throwable failure(CompletionStage<RoAnswer> stage) {
        try {
            stage.toCompletableFuture().get(T.toMillis(), TimeUnit.MILLISECONDS);
            throw new AssertionError("the stage completed normally");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("the stage did not complete", e);
        }
    }

    @Test
    void bothPeersAreUpAfterStart() {
        assertThat(client.isPeerUp(Route.PRIMARY)).isTrue();
        assertThat(client.isPeerUp(Route.SECONDARY)).isTrue();
        assertThat(listener.peerChanges).contains("PRIMARY up", "SECONDARY up");
    }

    @Test
    void nagleIsOffOnEveryConnectionIncludingAReconnectedOne() {
        // jDiameter leaves Nagle on: a CCR behind an unacknowledged segment waited for the OCS's delayed ACK.
        assertThat(client.tcpNoDelay(Route.PRIMARY)).isTrue();
        assertThat(client.tcpNoDelay(Route.SECONDARY)).isTrue();

        ocs.restart();
        // A new socket (Nagle on by default) once the client has reconnected after the OCS's DPR.
        await().atMost(Duration.ofSeconds(30)).until(() -> listener.peerChanges.stream().filter("PRIMARY up"::equals).count() == 2
                && client.isPeerUp(Route.PRIMARY));
        assertThat(listener.peerChanges).containsSubsequence("PRIMARY up", "PRIMARY down", "PRIMARY up");
        assertThat(client.tcpNoDelay(Route.PRIMARY)).isTrue();
    }

    @Test
    void reAuthRequestIsAnsweredAndReported() throws Exception {
        String sid = client.newSessionId();
        answer(client.send(initial(sid)));

        assertThat(ocs.sendReAuthRequest(sid).get(5, TimeUnit.SECONDS)).isEqualTo(2001);
        await().atMost(T).until(() -> listener.reauths.contains(sid));
        assertThat(client.openSessionCount()).isEqualTo(1);
        answer(client.send(termination(sid, 1, 10)));
        assertThat(client.openSessionCount()).isZero();
    }

    @Test
    void abortSessionIsAnsweredAndReleasesTheSession() throws Exception {
        String sid = client.newSessionId();
        answer(client.send(initial(sid)));

        assertThat(ocs.sendAbortSession(sid).get(5, TimeUnit.SECONDS)).isEqualTo(2001);
        await().atMost(T).until(() -> listener.aborts.contains(sid));
        assertThat(client.openSessionCount()).isZero();
        // The engine settles the charging after an abort with a CCR-T on a recreated session.
        assertThat(answer(client.send(termination(sid, 1, 20))).resultCode()).isEqualTo(ResultCode.SUCCESS);
        assertThat(ocs.account("alice").balance().get("EUR")).isEqualByComparingTo("9.80");
    }

    @Test
    void retransmissionWithTheTFlagIsAnsweredOnceAndChargedOnce() throws Exception {
        ocs.enqueue(Rule.dropAnswer().forRequestType(org.sleecharging.ocs.RequestType.INITIAL));
        String sid = client.newSessionId();
        RoRequest first = initial(sid);
        CompletionStage<RoAnswer> lost = client.send(first);
        CreditControlRequest original = ocs.takeRequest(T);
        assertThat(original.retransmitted()).isFalse();

        RoAnswer replayed = answer(client.send(first.retransmittedTo(Route.PRIMARY)));

        CreditControlRequest again = ocs.takeRequest(T);
        assertThat(again.retransmitted()).isTrue();
        assertThat(again.sessionId()).isEqualTo(sid);
        assertThat(again.requestNumber()).isZero();
        assertThat(replayed.resultCode()).isEqualTo(ResultCode.SUCCESS);
        assertThat(replayed.granted().volumes()).isEqualTo(VolumeSet.of(Volume.of(60, Unit.SECONDS)));
        assertThat(ocs.duplicateCount()).isEqualTo(1);
        assertThat(ocs.ledger().ofKind(LedgerEntry.Kind.GRANT)).hasSize(1);
        // The original never gets its answer: jDiameter's MessageTimeOut ends it, exactly once.
        assertThat(failure(lost)).isInstanceOf(RoTransportException.class).hasMessageContaining("MessageTimeOut");
        assertThat(client.openSessionCount()).as("the answered retransmission keeps the session").isEqualTo(1);

        answer(client.send(termination(sid, 1, 30)));
        assertThat(ocs.ledger().ofKind(LedgerEntry.Kind.DEBIT)).singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualByComparingTo("0.30"));
        assertThat(client.openSessionCount()).isZero();
    }

    @Test
    void secondaryRouteGoesToTheSecondaryOcs() throws Exception {
        String sid = client.newSessionId();
        RoAnswer a = answer(client.send(RoRequest.builder(sid, RequestType.INITIAL, 0, ALICE)
                .requested(ServiceUnits.of(VolumeSet.of(Volume.of(60, Unit.SECONDS)))).parameters(ratingGroup(RG_VOICE))
                .route(Route.SECONDARY).build()));

        assertThat(a.resultCode()).isEqualTo(ResultCode.SUCCESS);
        assertThat(secondary.takeRequest(T).sessionId()).isEqualTo(sid);
        assertThat(ocs.requestCount()).isZero();
        answer(client.send(RoRequest.builder(sid, RequestType.TERMINATION, 1, ALICE).route(Route.SECONDARY)
                .used(ServiceUnits.of(VolumeSet.of(Volume.of(5, Unit.SECONDS)))).parameters(ratingGroup(RG_VOICE)).build()));
        assertThat(secondary.account("alice").balance().get("EUR")).isEqualByComparingTo("9.95");
    }

    @Test
    void primaryDownFailsFastAndTheRetransmissionFailsOverToTheSecondary() throws Exception {
        String sid = client.newSessionId();
        answer(client.send(initial(sid)));
        ocs.stop();
        await().atMost(T).until(() -> listener.peerChanges.contains("PRIMARY down"));
        assertThat(client.isPeerUp(Route.PRIMARY)).isFalse();

        RoRequest update = RoRequest.builder(sid, RequestType.UPDATE, 1, ALICE)
                .used(ServiceUnits.of(VolumeSet.of(Volume.of(20, Unit.SECONDS))))
                .requested(ServiceUnits.of(VolumeSet.of(Volume.of(60, Unit.SECONDS)))).parameters(ratingGroup(RG_VOICE)).build();
        assertThat(failure(client.send(update))).isInstanceOf(RoTransportException.class).hasMessageContaining("down")
                .satisfies(e -> assertThat(((RoTransportException) e).getRoSessionId()).isEqualTo(sid));

        RoAnswer failedOver = answer(client.send(update.retransmittedTo(Route.SECONDARY)));
        CreditControlRequest onSecondary = secondary.takeRequest(T);
        assertThat(onSecondary.retransmitted()).isTrue();
        assertThat(onSecondary.requestNumber()).isEqualTo(1);
        // The secondary holds no session state of the primary's (TS 32.299 failover needs shared state).
        assertThat(failedOver.resultCode().code()).isEqualTo(5002);

        ocs.restart();
        // The client retries every reconnectMillis (5 s); an attempt can itself take the connect
        // timeout, and jDiameter now and then loses one to its peer start-up race: allow a few.
        await().atMost(Duration.ofSeconds(30)).until(() -> client.isPeerUp(Route.PRIMARY));
        assertThat(listener.peerChanges).containsSubsequence("PRIMARY down", "PRIMARY up");
        answer(client.send(termination(sid, 2, 20)));
    }

    @Test
    void peerLossFailsTheRequestsInFlight() throws Exception {
        ocs.enqueue(Rule.delay(Duration.ofSeconds(20)));
        String sid = client.newSessionId();
        CompletionStage<RoAnswer> inFlight = client.send(initial(sid));
        ocs.takeRequest(T);
        ocs.stop();

        assertThat(failure(inFlight)).isInstanceOf(RoTransportException.class).hasMessageContaining("went down");
        assertThat(client.openSessionCount()).isZero();
    }

    @Test
    void closeReleasesSessionsSocketsAndThreads() throws Exception {
        String sid = client.newSessionId();
        answer(client.send(initial(sid)));
        ocs.enqueue(Rule.delay(Duration.ofSeconds(20)));
        CompletionStage<RoAnswer> pending = client.send(initial(client.newSessionId()));
        ocs.takeRequest(T);
        ocs.takeRequest(T);
        assertThat(client.openSessionCount()).isEqualTo(2);

        client.close();

        assertThat(failure(pending)).isInstanceOf(RoTransportException.class).hasMessageContaining("closed");
        assertThat(client.openSessionCount()).isZero();
        assertThat(client.aliveStackThreads()).isEmpty();
        assertThat(client.isPeerUp(Route.PRIMARY)).isFalse();
        assertThat(failure(client.send(termination(sid, 1, 1)))).isInstanceOf(RoTransportException.class)
                .hasMessageContaining("closed");
        client.close(); // idempotent
        ocs.clearRules();
    }
}
