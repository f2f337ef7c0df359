package org.sleecharging.ra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.DebitAmountRes;
import org.sleecharging.events.DirectDebitAmountErr;
import org.sleecharging.events.SessionEnded;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.SessionEndedCause;
import org.sleecharging.ra.engine.request.Operation;
import org.sleecharging.ra.engine.ro.ReportingReason;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.state.SessionState;

class SnapshotTest extends EngineFixture {

    @Test
    void everyChangeIsReportedAsASnapshot() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");

        SessionSnapshot latest = listener.snapshots.get(listener.snapshots.size() - 1);
        assertThat(latest.state()).isEqualTo(SessionState.AMOUNT_RESERVED);
        assertThat(latest.nextRequestNumber()).isEqualTo(engine.nextRequestNumber(id));
    }

    @Test
    void anotherNodeContinuesWithTheSameNumbersBooksLifetimeAndRoSession() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");
        debit(id, "2", false);
        time.advance(Duration.ofMinutes(1));
        SessionSnapshot replicated = roundTrip(engine.snapshot(id));
        EngineFixture other = new EngineFixture();
        other.time.advance(Duration.ofMinutes(1));

        ChargingSessionId recreated = other.engine.restore(replicated);
        other.engine.chargeAmount(recreated, Operation.DEBIT_AMOUNT, APP, eur("3"), false, engine.nextRequestNumber(id));

        DebitAmountRes res = (DebitAmountRes) other.listener.last();
        assertThat(res.getRequestNumber()).isEqualTo(engine.nextRequestNumber(id));
        assertThat(res.getReservedAmountLeft()).isEqualTo(eur("5"));
        assertThat(other.engine.lifeTimeLeft(recreated)).isEqualTo(Duration.ofMinutes(4));
        other.engine.release(recreated, other.engine.nextRequestNumber(recreated));
        assertThat(other.port.last().type()).isEqualTo(RequestType.TERMINATION);
        assertThat(other.port.last().roSessionId()).isEqualTo(port.sent.get(0).roSessionId());
        assertThat(other.port.last().ccRequestNumber()).isEqualTo(1);
        assertThat(other.port.last().used().money()).isEqualTo(eur("5"));
    }

    @Test
    void aRetryOfTheLastAnsweredRequestOnTheNewNodeRepeatsItsOutcome() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");
        int number = engine.nextRequestNumber(id);
        debit(id, "2", false);
        EngineFixture other = new EngineFixture();
        other.engine.restore(roundTrip(engine.snapshot(id)));

        other.engine.chargeAmount(id, Operation.DEBIT_AMOUNT, APP, eur("2"), false, number);

        assertThat(other.listener.last()).isEqualTo(listener.last());
        assertThat(other.engine.amountLeft(id)).isEqualTo(eur("8"));
    }

    @Test
    void aRequestOutstandingAtFailoverIsAnsweredUndefinedAndNeverResent() throws Exception {
        ChargingSessionId id = session();
        port.holdAnswers();
        int number = next(id);
        engine.directAmount(id, Operation.DIRECT_DEBIT_AMOUNT, APP, ChargingParameters.NONE, eur("1"), number);
        EngineFixture other = new EngineFixture();
        other.engine.restore(roundTrip(engine.snapshot(id)));

        other.engine.directAmount(id, Operation.DIRECT_DEBIT_AMOUNT, APP, ChargingParameters.NONE, eur("1"), number);

        assertThat(((DirectDebitAmountErr) other.listener.last()).getError()).isEqualTo(ChargingError.UNDEFINED);
        assertThat(other.port.sent).isEmpty();
    }

    @Test
    void aRestoredReservationStillExpires() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");
        EngineFixture other = new EngineFixture();
        other.engine.restore(roundTrip(engine.snapshot(id)));

        other.time.advance(Duration.ofMinutes(5));

        assertThat(other.listener.last()).isEqualTo(new SessionEnded(id, SessionEndedCause.TIMER_EXPIRED));
    }

    @Test
    void aReauthReasonIsReplicatedSoARecreatedSessionReportsIt() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");
        debit(id, "1", false);
        String roSession = port.last().roSessionId();

        assertThat(engine.onReauthRequest(roSession, null, null)).isTrue();
        SessionSnapshot replicated = roundTrip(listener.snapshots.get(listener.snapshots.size() - 1));
        EngineFixture other = new EngineFixture();
        ChargingSessionId recreated = other.engine.restore(replicated);
        other.reserve(recreated, "10");

        assertThat(replicated.legs.get(0).reauthReason()).isEqualTo(ReportingReason.FORCED_REAUTHORISATION);
        assertThat(other.port.last().type()).isEqualTo(RequestType.UPDATE);
        assertThat(other.port.last().roSessionId()).isEqualTo(roSession);
        assertThat(other.port.last().reportingReason()).isEqualTo(ReportingReason.FORCED_REAUTHORISATION);
    }

    @Test
    void theOldNodesCopyOfARecreatedSessionNeitherExpiresNorReportsThere() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");
        debit(id, "2", false);
        EngineFixture other = new EngineFixture(defaultSla().build(), "node-b");
        other.engine.restore(roundTrip(engine.snapshot(id)));
        SessionSnapshot takenOver = other.listener.snapshots.get(other.listener.snapshots.size() - 1);
        listener.owners = sid -> sid.equals(id) ? takenOver.owner() : null;
        int sent = port.sent.size();
        int events = listener.events.size();

        time.advance(Duration.ofMinutes(5));

        assertThat(takenOver.owner()).isEqualTo("node-b");
        assertThat(port.sent).as("no CCR-T from the old node").hasSize(sent);
        assertThat(listener.events).as("no SessionEnded on the old node").hasSize(events);
        assertThat(listener.takenOver).containsExactly(id);
        assertThat(listener.ended).as("the replicated data is the new node's").isEmpty();
        assertThat(engine.isLive(id)).isFalse();
        other.time.advance(Duration.ofMinutes(5));
        assertThat(other.listener.last()).isEqualTo(new SessionEnded(id, SessionEndedCause.TIMER_EXPIRED));
        assertThat(other.port.last().type()).isEqualTo(RequestType.TERMINATION);
        assertThat(other.port.last().used().money()).isEqualTo(eur("2"));
    }

    @Test
    void aSessionThisNodeStillOwnsExpiresHere() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");
        listener.owners = sid -> "node-a";

        time.advance(Duration.ofMinutes(5));

        assertThat(listener.last()).isEqualTo(new SessionEnded(id, SessionEndedCause.TIMER_EXPIRED));
        assertThat(port.last().type()).isEqualTo(RequestType.TERMINATION);
        assertThat(listener.takenOver).isEmpty();
    }

    private static SessionSnapshot roundTrip(SessionSnapshot snapshot) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(snapshot);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (SessionSnapshot) in.readObject();
        }
    }
}
