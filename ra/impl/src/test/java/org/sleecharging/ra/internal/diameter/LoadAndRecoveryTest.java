package org.sleecharging.ra.internal.diameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleecharging.ra.internal.diameter.RoTestKit.ALICE;
import static org.sleecharging.ra.internal.diameter.RoTestKit.BOB;
import static org.sleecharging.ra.internal.diameter.RoTestKit.RG_VOICE;
import static org.sleecharging.ra.internal.diameter.RoTestKit.answer;
import static org.sleecharging.ra.internal.diameter.RoTestKit.assertReconciled;
import static org.sleecharging.ra.internal.diameter.RoTestKit.ratingGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.ocs.LedgerEntry;
import org.sleecharging.ocs.OcsSimulator;
import org.sleecharging.ocs.Rule;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.RequestedAction;
import org.sleecharging.ra.engine.ro.ResultCode;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.RoTransportException;
import org.sleecharging.ra.engine.ro.Route;
import org.sleecharging.ra.engine.ro.ServiceUnits;

/** Many sessions in flight at once, and an unanswered CCR-EVENT retransmitted after its session was released. */
@Timeout(120)
class LoadAndRecoveryTest {
    private OcsSimulator ocs;
    private JDiameterRoTransport client;

    @BeforeEach
    void start() {
        ocs = RoTestKit.ocs();
        client = (JDiameterRoTransport) JDiameterRoClient.start(RoTestKit.client(ocs).messageTimeoutMillis(1000).build(),
                new RecordingNetworkListener());
    }

    @AfterEach
    void stop() {
        assertReconciled(ocs);
        client.close();
        ocs.close();
    }

    @Test
    void twoHundredConcurrentSessionsAllSettleAndLeaveNothingOpen() throws Exception {
        List<String> ids = new ArrayList<String>();
        List<CompletableFuture<RoAnswer>> initials = new ArrayList<CompletableFuture<RoAnswer>>();
        for (int i = 0; i < 200; i++) {
            String sid = client.newSessionId();
            ids.add(sid);
            initials.add(client.send(RoRequest.builder(sid, RequestType.INITIAL, 0, BOB)
                    .requested(ServiceUnits.of(VolumeSet.of(Volume.of(1, Unit.SECONDS)))).parameters(ratingGroup(RG_VOICE))
                    .build()).toCompletableFuture());
        }
        CompletableFuture.allOf(initials.toArray(new CompletableFuture[0])).get(30, TimeUnit.SECONDS);
        assertThat(initials).allSatisfy(f -> assertThat(f.get().resultCode()).isEqualTo(ResultCode.SUCCESS));
        assertThat(client.openSessionCount()).isEqualTo(200);

        List<CompletableFuture<RoAnswer>> terminations = new ArrayList<CompletableFuture<RoAnswer>>();
        for (String sid : ids) {
            terminations.add(client.send(RoRequest.builder(sid, RequestType.TERMINATION, 1, BOB)
                    .used(ServiceUnits.of(VolumeSet.of(Volume.of(1, Unit.SECONDS)))).parameters(ratingGroup(RG_VOICE))
                    .build()).toCompletableFuture());
        }
        CompletableFuture.allOf(terminations.toArray(new CompletableFuture[0])).get(30, TimeUnit.SECONDS);

        assertThat(client.openSessionCount()).isZero();
        assertThat(ocs.account("bob").balance().get("TIME")).isEqualByComparingTo("400");
        assertThat(ocs.ledger().ofKind(LedgerEntry.Kind.DEBIT)).hasSize(200);
    }

    @Test
    void unansweredEventIsRetransmittedOnARecreatedSessionAndChargedOnce() throws Exception {
        ocs.enqueue(Rule.dropAnswer().forRequestType(org.sleecharging.ocs.RequestType.EVENT));
        String sid = client.newSessionId();
        RoRequest debit = RoRequest.builder(sid, RequestType.EVENT, 0, ALICE).requestedAction(RequestedAction.DIRECT_DEBITING)
                .requested(ServiceUnits.of(Money.of("EUR", "2"))).build();
        try {
            answer(client.send(debit));
            throw new AssertionError("the dropped CCR-E was answered");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(RoTransportException.class).hasMessageContaining("MessageTimeOut");
        }
        assertThat(client.openSessionCount()).as("an unanswered CCR releases its session").isZero();

        RoAnswer replayed = answer(client.send(debit.retransmittedTo(Route.PRIMARY)));

        assertThat(replayed.resultCode()).isEqualTo(ResultCode.SUCCESS);
        assertThat(ocs.duplicateCount()).isEqualTo(1);
        assertThat(ocs.ledger().ofKind(LedgerEntry.Kind.DEBIT)).singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualByComparingTo("2"));
        assertThat(ocs.account("alice").balance().get("EUR")).isEqualByComparingTo("8.00");
        assertThat(client.openSessionCount()).isZero();
    }
}
