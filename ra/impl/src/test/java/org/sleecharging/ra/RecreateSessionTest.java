package org.sleecharging.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.DebitAmountRes;
import org.sleecharging.events.SessionEnded;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.ServiceUnits;
import org.sleecharging.ra.fake.FakeFaultTolerantContext;
import org.sleecharging.ra.fake.ManualTime;
import org.sleecharging.ra.fake.RecordingSleeEndpoint.StartKind;
import org.sleecharging.ratype.ChargingSessionActivity;
import org.sleecharging.ratype.InvalidSessionIdException;

/** Two RA entities sharing replicated data, as two cluster nodes (DESIGN.md "Recreate", seed 000). */
class RecreateSessionTest {

    private final Map<ChargingSessionId, byte[]> cache = FakeFaultTolerantContext.newCache();
    private final ManualTime time = new ManualTime();
    private final RaFixture nodeA = new RaFixture("charging", cache, time);
    private final RaFixture nodeB = new RaFixture("charging", cache, time);

    @Test
    void everyChangeOfASessionIsReplicatedUnderItsIdAndRemovedWhenItEnds() throws Exception {
        nodeA.activate();
        ChargingSessionActivity activity = nodeA.create();

        assertThat(cache).containsOnlyKeys(activity.getSessionId());

        RaFixture.reserve(activity, "10");
        byte[] afterReserve = cache.get(activity.getSessionId());
        RaFixture.debit(activity, "1");

        assertThat(cache.get(activity.getSessionId())).isNotEqualTo(afterReserve);

        activity.release(activity.getNextRequestNumber());

        assertThat(cache).isEmpty();
    }

    @Test
    void anotherNodeRecreatesTheSessionAndContinuesWithTheSameRequestNumbersAndRoSession() throws Exception {
        nodeA.activate();
        nodeB.activate();
        ChargingSessionActivity onA = nodeA.create();
        RaFixture.reserve(onA, "10");
        RaFixture.debit(onA, "2");
        int next = onA.getNextRequestNumber();
        String roSession = nodeA.ro().sent.get(0).roSessionId();

        nodeB.context.transactions.begin();
        ChargingSessionActivity onB = nodeB.provider().recreateChargingSession(onA.getSessionId());
        nodeB.context.transactions.end();

        assertThat(nodeB.context.endpoint.started).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(StartKind.SUSPENDED));
        assertThat(nodeB.handle(onB)).isEqualTo(nodeA.handle(onA));
        assertThat(onB.getNextRequestNumber()).isEqualTo(next);
        assertThat(onB.getAmountLeft()).isEqualTo(RaFixture.eur("8"));

        RaFixture.debit(onB, "1");
        onB.release(onB.getNextRequestNumber());

        assertThat(((DebitAmountRes) nodeB.events(onB).get(0)).getReservedAmountLeft()).isEqualTo(RaFixture.eur("7"));
        RoRequest termination = nodeB.ro().last();
        assertThat(termination.type()).isEqualTo(RequestType.TERMINATION);
        assertThat(termination.roSessionId()).isEqualTo(roSession);
        assertThat(termination.used()).isEqualTo(ServiceUnits.of(RaFixture.eur("3")));
        assertThat(cache).isEmpty();
    }

    @Test
    void theCreatingNodeDropsItsCopyWhenTheNodeThatTookOverEndsTheSession() throws Exception {
        nodeA.activate();
        nodeB.activate();
        ChargingSessionActivity onA = nodeA.create();
        RaFixture.reserve(onA, "10");
        int sentByA = nodeA.ro().sent.size();
        nodeB.context.transactions.begin();
        ChargingSessionActivity onB = nodeB.provider().recreateChargingSession(onA.getSessionId());
        nodeB.context.transactions.end();

        onB.release(onB.getNextRequestNumber());

        // Node A learns of the removal: its copy is gone without a second CCR-T, and its activity ends.
        assertThatThrownBy(() -> nodeA.provider().getChargingSession(onA.getSessionId()))
                .isInstanceOf(InvalidSessionIdException.class);
        assertThat(nodeA.context.endpoint.ended).containsExactly(nodeA.handle(onA));
        assertThat(nodeA.ro().sent).hasSize(sentByA);
        time.advance(Duration.ofHours(2));
        assertThat(nodeA.ro().sent).hasSize(sentByA);
        assertThat(nodeB.ro().last().type()).isEqualTo(RequestType.TERMINATION);
    }

    @Test
    void theCreatingNodesLifetimeTimerLeavesASessionRecreatedElsewhereAlone() throws Exception {
        ManualTime clockOfB = new ManualTime();
        RaFixture takingOver = new RaFixture("charging", cache, clockOfB);
        nodeA.activate();
        takingOver.activate();
        ChargingSessionActivity onA = nodeA.create();
        RaFixture.reserve(onA, "10");
        RaFixture.debit(onA, "2");
        int sentByA = nodeA.ro().sent.size();
        int firedOnA = nodeA.context.endpoint.fired.size();
        takingOver.context.transactions.begin();
        ChargingSessionActivity onB = takingOver.provider().recreateChargingSession(onA.getSessionId());
        takingOver.context.transactions.end();

        time.advance(Duration.ofMinutes(6)); // node A's copy reaches its lifetime

        assertThat(nodeA.ro().sent).as("no CCR-T from the old node").hasSize(sentByA);
        assertThat(nodeA.context.endpoint.fired).as("no SessionEnded on the old node").hasSize(firedOnA);
        assertThat(nodeA.context.endpoint.ended).containsExactly(nodeA.handle(onA));
        assertThat(cache).as("the session is node B's now").containsOnlyKeys(onA.getSessionId());
        RaFixture.debit(onB, "1");
        clockOfB.advance(Duration.ofMinutes(6));
        assertThat(takingOver.events(onB)).last().isInstanceOf(SessionEnded.class);
        assertThat(takingOver.ro().last().type()).isEqualTo(RequestType.TERMINATION);
        assertThat(takingOver.ro().last().used()).isEqualTo(ServiceUnits.of(RaFixture.eur("3")));
        assertThat(cache).isEmpty();
    }

    @Test
    void aRecreatedSessionWhoseLifetimeRanOutMeanwhileEndsOnItsNewActivity() throws Exception {
        ManualTime clockOfB = new ManualTime();
        RaFixture lateNode = new RaFixture("charging", cache, clockOfB);
        nodeA.activate();
        lateNode.activate();
        ChargingSessionActivity onA = nodeA.create();
        RaFixture.reserve(onA, "10");
        clockOfB.advance(Duration.ofMinutes(6));

        ChargingSessionActivity onB = lateNode.provider().recreateChargingSession(onA.getSessionId());
        clockOfB.advance(Duration.ZERO);

        assertThat(lateNode.context.endpoint.fired).singleElement()
                .satisfies(fired -> assertThat(fired.event()).isInstanceOf(SessionEnded.class));
        assertThat(lateNode.context.endpoint.ended).containsExactly(lateNode.handle(onB));
        assertThat(lateNode.ro().last().type()).isEqualTo(RequestType.TERMINATION);
    }

    @Test
    void recreatingALiveSessionOnTheSameNodeReturnsItsActivity() throws Exception {
        nodeA.activate();
        ChargingSessionActivity activity = nodeA.create();

        assertThat(nodeA.provider().recreateChargingSession(activity.getSessionId())).isSameAs(activity);
        assertThat(nodeA.provider().getChargingSession(activity.getSessionId())).isSameAs(activity);
        assertThat(nodeA.context.endpoint.started).hasSize(1);
    }

    @Test
    void aSessionNeitherLiveNorReplicatedCannotBeRecreated() throws Exception {
        nodeA.activate();
        nodeB.activate();
        ChargingSessionActivity activity = nodeA.create();
        activity.release(activity.getNextRequestNumber());

        assertThatThrownBy(() -> nodeB.provider().recreateChargingSession(activity.getSessionId()))
                .isInstanceOf(InvalidSessionIdException.class).hasMessageContaining(activity.getSessionId().id());
        assertThatThrownBy(() -> nodeB.provider().recreateChargingSession(ChargingSessionId.of("nowhere;1", 1)))
                .isInstanceOf(InvalidSessionIdException.class);
        assertThat(nodeB.context.endpoint.started).isEmpty();
    }

    @Test
    void getChargingSessionFindsOnlySessionsLiveOnThisNode() throws Exception {
        nodeA.activate();
        nodeB.activate();
        ChargingSessionActivity activity = nodeA.create();

        assertThatThrownBy(() -> nodeB.provider().getChargingSession(activity.getSessionId()))
                .isInstanceOf(InvalidSessionIdException.class);
    }
}
