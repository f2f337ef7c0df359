package org.sleecharging.ra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sleecharging.ra.engine.EngineFixture.APP;
import static org.sleecharging.ra.engine.EngineFixture.eur;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.DirectDebitAmountRes;
import org.sleecharging.events.ReserveAmountErr;
import org.sleecharging.events.ReserveAmountRes;
import org.sleecharging.events.SessionAborted;
import org.sleecharging.events.SessionEnded;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.SessionEndedCause;
import org.sleecharging.ra.engine.request.Operation;
import org.sleecharging.ra.engine.ro.DirectDebitingFailureHandling;
import org.sleecharging.ra.engine.ro.FailureHandling;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.ResultCode;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.RoTransportException;
import org.sleecharging.ra.engine.ro.Route;
import org.sleecharging.ra.engine.ro.ServiceUnits;
import org.sleecharging.ra.engine.state.SessionState;

/** RFC 4006 §5.7 details the table does not cover: CCA overrides, snapshots, late answers, retries, buffering. */
class FailoverTest {

    private static final Duration TX = Duration.ofSeconds(3);

    private static EngineFixture fixture(FailureHandling handling, boolean secondary) {
        return new EngineFixture(EngineFixture.defaultSla().secondaryPeer(secondary).failureHandling(handling, secondary)
                .build());
    }

    private static void directDebit(EngineFixture f, ChargingSessionId id, String amount, int number) throws Exception {
        f.engine.directAmount(id, Operation.DIRECT_DEBIT_AMOUNT, APP, ChargingParameters.NONE, eur(amount), number);
    }

    @Test
    void failureHandlingFromTheCcaOverridesTheDefaultForTheRestOfTheSession() throws Exception {
        EngineFixture f = fixture(FailureHandling.TERMINATE, false);
        f.port.answerWith(r -> RoAnswer.success(r.requested()).withFailureHandling(FailureHandling.CONTINUE, null));
        ChargingSessionId id = f.session();
        f.reserve(id, "10");
        f.debit(id, "3", false);
        f.port.answerWith(r -> RoAnswer.failure(ResultCode.UNABLE_TO_DELIVER));

        f.reserve(id, "5");

        assertThat(((ReserveAmountErr) f.listener.last()).getExtraInformation())
                .contains("Credit-Control-Failure-Handling CONTINUE");
        assertThat(f.engine.state(id)).isEqualTo(SessionState.AMOUNT_RESERVED);
        assertThat(f.engine.snapshot(id).failover().handling()).isEqualTo(FailureHandling.CONTINUE);
        assertThat(f.engine.snapshot(id).amountBook().unreported()).isEqualTo(eur("3"));
    }

    @Test
    void terminateFromTheCcaEndsASessionWhoseDefaultIsContinue() throws Exception {
        EngineFixture f = fixture(FailureHandling.CONTINUE, false);
        f.port.answerWith(r -> RoAnswer.success(r.requested()).withFailureHandling(FailureHandling.TERMINATE, null));
        ChargingSessionId id = f.session();
        f.reserve(id, "10");
        f.port.holdAnswers();

        f.reserve(id, "5");
        f.time.advance(TX);

        assertThat(f.listener.last()).isEqualTo(new SessionEnded(id, SessionEndedCause.UNDEFINED));
        assertThat(f.engine.isLive(id)).isFalse();
    }

    @Test
    void sessionFailoverFromTheCcaDecidesWhetherTheCcrMovesToTheSecondary() throws Exception {
        EngineFixture f = new EngineFixture(EngineFixture.defaultSla().secondaryPeer(true)
                .failureHandling(FailureHandling.CONTINUE, false).build());
        f.port.answerWith(r -> RoAnswer.success(r.requested()).withFailureHandling(null, Boolean.TRUE));
        ChargingSessionId id = f.session();
        f.reserve(id, "10");
        f.port.holdAnswers();

        f.reserve(id, "5");
        f.time.advance(TX);

        RoRequest copy = f.port.last();
        assertThat(f.port.sent).hasSize(3);
        assertThat(copy.isRetransmission()).isTrue();
        assertThat(copy.route()).isEqualTo(Route.SECONDARY);
        assertThat(copy.ccRequestNumber()).isEqualTo(f.port.sent.get(1).ccRequestNumber()).isEqualTo(1);
    }

    @Test
    void noFailoverWhenTheCcaSaysNotSupported() throws Exception {
        EngineFixture f = fixture(FailureHandling.CONTINUE, true);
        f.port.answerWith(r -> RoAnswer.success(r.requested()).withFailureHandling(null, Boolean.FALSE));
        ChargingSessionId id = f.session();
        f.reserve(id, "10");
        f.port.holdAnswers();

        f.reserve(id, "5");
        f.time.advance(TX);

        assertThat(f.port.sent).hasSize(2);
        assertThat(f.listener.last()).isInstanceOf(ReserveAmountErr.class);
    }

    @Test
    void aRecreatedSessionKeepsItsPeerAndFailureHandling() throws Exception {
        EngineFixture f = fixture(FailureHandling.TERMINATE, true);
        f.port.replyWith((r, future) -> {
            if (r.route() == Route.PRIMARY && r.type() == RequestType.UPDATE) {
                future.complete(RoAnswer.failure(ResultCode.TOO_BUSY));
            } else {
                future.complete(RoAnswer.success(r.requested()).withFailureHandling(FailureHandling.CONTINUE, null));
            }
        });
        ChargingSessionId id = f.session();
        f.reserve(id, "10");
        f.reserve(id, "5");
        assertThat(f.listener.last()).isInstanceOf(ReserveAmountRes.class);
        SessionSnapshot snapshot = roundTrip(f.engine.snapshot(id));
        assertThat(snapshot.failover().route()).isEqualTo(Route.SECONDARY);
        assertThat(snapshot.failover().handling()).isEqualTo(FailureHandling.CONTINUE);

        EngineFixture other = fixture(FailureHandling.TERMINATE, true);
        other.engine.restore(snapshot);
        other.port.answerWith(r -> RoAnswer.failure(ResultCode.UNABLE_TO_DELIVER));
        other.reserve(id, "1");

        assertThat(other.port.sent).hasSize(2);
        assertThat(other.port.sent.get(0).route()).isEqualTo(Route.SECONDARY);
        assertThat(other.port.sent.get(0).isRetransmission()).isFalse();
        assertThat(other.port.sent.get(1).route()).isEqualTo(Route.PRIMARY);
        assertThat(other.port.sent.get(1).isRetransmission()).isTrue();
        assertThat(other.listener.last()).isInstanceOf(ReserveAmountErr.class);
        assertThat(other.engine.state(id)).isEqualTo(SessionState.AMOUNT_RESERVED);
    }

    @Test
    void aLateAnswerOfTheOriginalAfterTheRetransmissionIsTheOnlyOneApplied() throws Exception {
        EngineFixture f = fixture(FailureHandling.CONTINUE, true);
        ChargingSessionId id = f.session();
        f.reserve(id, "10");
        f.debit(id, "4", false);
        f.port.holdAnswers();
        f.reserve(id, "5");
        f.time.advance(TX);
        assertThat(f.port.sent).hasSize(3);
        int events = f.listener.events.size();

        f.port.answer(1, RoAnswer.success(f.port.sent.get(1).requested()));
        f.port.answer(2, RoAnswer.success(f.port.sent.get(2).requested()));
        f.time.advance(TX);

        assertThat(f.listener.events).hasSize(events + 1);
        assertThat(((ReserveAmountRes) f.listener.last()).getReservedAmount()).isEqualTo(eur("11"));
        assertThat(f.engine.amountLeft(id)).isEqualTo(eur("11"));
        assertThat(f.engine.snapshot(id).amountBook().unreported()).isEqualTo(eur("0"));
        f.port.answerWith(FakeRoPort.GRANT_ALL);
        f.engine.release(id, f.next(id));
        assertThat(f.port.last().type()).isEqualTo(RequestType.TERMINATION);
        assertThat(f.port.last().used()).isEqualTo(ServiceUnits.NONE);
    }

    @Test
    void aLateAnswerOfTheOriginalAfterTheRetransmissionWasAnsweredIsIgnored() throws Exception {
        EngineFixture f = fixture(FailureHandling.RETRY_AND_TERMINATE, true);
        ChargingSessionId id = f.session();
        f.port.holdAnswers();
        f.reserve(id, "10");
        f.time.advance(TX);

        f.port.answer(1, RoAnswer.success(ServiceUnits.of(eur("10"))));
        f.port.answer(0, RoAnswer.success(ServiceUnits.of(eur("7"))));

        assertThat(f.listener.events).singleElement().isInstanceOf(ReserveAmountRes.class);
        assertThat(f.engine.amountLeft(id)).isEqualTo(eur("10"));
    }

    @Test
    void aLateFailureOfTheOriginalDoesNotFailTheRetransmission() throws Exception {
        EngineFixture f = fixture(FailureHandling.RETRY_AND_TERMINATE, true);
        ChargingSessionId id = f.session();
        f.port.holdAnswers();
        f.reserve(id, "10");
        f.time.advance(TX);

        f.port.pending.get(0).completeExceptionally(new RoTransportException("ro;1", "connection reset", null));
        assertThat(f.listener.events).isEmpty();
        f.port.answer(1, RoAnswer.success(ServiceUnits.of(eur("10"))));

        assertThat(f.listener.events).singleElement().isInstanceOf(ReserveAmountRes.class);
        assertThat(f.engine.isLive(id)).isTrue();
    }

    @Test
    void theRetransmissionRestartsTheTxTimer() throws Exception {
        EngineFixture f = fixture(FailureHandling.CONTINUE, true);
        ChargingSessionId id = f.session();
        f.port.holdAnswers();
        f.reserve(id, "10");
        f.time.advance(TX);

        f.time.advance(TX.minusMillis(1));
        assertThat(f.listener.events).isEmpty();
        f.time.advance(Duration.ofMillis(1));

        assertThat(f.listener.events).singleElement().isInstanceOf(ReserveAmountErr.class);
        assertThat(f.port.sent).hasSize(2);
    }

    @Test
    void anSbbRetryDuringTheRetransmissionIsChargedOnce() throws Exception {
        EngineFixture f = fixture(FailureHandling.CONTINUE, true);
        ChargingSessionId id = f.session();
        int number = f.next(id);
        f.port.holdAnswers();
        directDebit(f, id, "2", number);
        f.time.advance(TX);

        directDebit(f, id, "2", number);
        assertThat(f.port.sent).hasSize(2);
        f.port.answer(1, RoAnswer.success(f.port.sent.get(1).requested()));
        directDebit(f, id, "2", number);
        f.port.answer(0, RoAnswer.success(f.port.sent.get(0).requested()));

        assertThat(f.port.sent).hasSize(2);
        assertThat(f.listener.events).hasSize(2).allMatch(e -> e instanceof DirectDebitAmountRes);
        assertThat(f.listener.events.get(1)).isEqualTo(f.listener.events.get(0));
        assertThat(f.engine.snapshot(id).buffered()).isEmpty();
    }

    @Test
    void directDebitingContinueGrantsDropsTheRequestAndRaisesTheAlarm() throws Exception {
        EngineFixture f = new EngineFixture(EngineFixture.defaultSla()
                .directDebitingFailureHandling(DirectDebitingFailureHandling.CONTINUE).build());
        ChargingSessionId id = f.session();
        f.port.answerWith(r -> RoAnswer.failure(ResultCode.UNABLE_TO_DELIVER));

        directDebit(f, id, "2", f.next(id));

        assertThat(f.listener.last()).isInstanceOf(DirectDebitAmountRes.class);
        assertThat(f.listener.unconfirmed).containsExactly(f.port.sent.get(0));
        assertThat(f.engine.snapshot(id).buffered()).isEmpty();
    }

    @Test
    void aBufferedDirectDebitGoesOutFromTheNodeThatRecreatedTheSession() throws Exception {
        EngineFixture f = new EngineFixture();
        ChargingSessionId id = f.session();
        f.port.holdAnswers();
        directDebit(f, id, "2", f.next(id));
        f.time.advance(TX);
        assertThat(f.listener.last()).isInstanceOf(DirectDebitAmountRes.class);

        EngineFixture other = new EngineFixture();
        other.engine.restore(roundTrip(f.engine.snapshot(id)));
        directDebit(other, id, "1", f.next(id));

        assertThat(other.port.sent).hasSize(2);
        RoRequest resent = other.port.sent.get(0);
        assertThat(resent.isRetransmission()).isTrue();
        assertThat(resent.roSessionId()).isEqualTo(f.port.sent.get(0).roSessionId());
        assertThat(resent.requested()).isEqualTo(ServiceUnits.of(eur("2")));
        assertThat(other.port.sent.get(1).isRetransmission()).isFalse();
        assertThat(other.engine.snapshot(id).buffered()).isEmpty();
    }

    @Test
    void bufferedDirectDebitsThatStillFailAtReleaseRaiseTheAlarm() throws Exception {
        EngineFixture f = new EngineFixture();
        ChargingSessionId id = f.session();
        f.port.answerWith(r -> {
            throw new RoTransportException(r.roSessionId(), "peer down", null);
        });
        directDebit(f, id, "2", f.next(id));
        assertThat(f.listener.last()).isInstanceOf(DirectDebitAmountRes.class);
        f.port.answerWith(r -> RoAnswer.failure(ResultCode.CREDIT_LIMIT_REACHED));

        f.engine.release(id, f.next(id));

        assertThat(f.port.last().isRetransmission()).isTrue();
        assertThat(f.listener.unconfirmed).containsExactly(f.port.last());
        assertThat(f.listener.usageFailures.get(0)).contains("4012");
    }

    @Test
    void inASplitSessionOnlyTheFailedLegMovesToTheSecondary() throws Exception {
        EngineFixture f = fixture(FailureHandling.CONTINUE, true);
        ChargingSessionId id = f.engine.createSplitSession("conference", EngineFixture.MERCHANT,
                Arrays.asList(EngineFixture.ALICE, EngineFixture.BOB), EngineFixture.CORRELATION);
        f.reserve(id, "10");
        f.debit(id, "4", false);
        f.port.answerWith(r -> r.user().equals(EngineFixture.BOB) && r.route() == Route.PRIMARY
                ? RoAnswer.failure(ResultCode.UNABLE_TO_DELIVER) : RoAnswer.success(r.requested()));

        f.reserve(id, "2");

        assertThat(f.port.sent.subList(2, 5)).extracting(RoRequest::user).containsExactly(EngineFixture.ALICE,
                EngineFixture.BOB, EngineFixture.BOB);
        assertThat(f.port.sent.get(4).isRetransmission()).isTrue();
        assertThat(f.port.sent.get(4).used()).isEqualTo(ServiceUnits.of(eur("2")));
        assertThat(f.listener.last()).isInstanceOf(ReserveAmountRes.class);
        assertThat(f.engine.snapshot(id).amountBook().unreported()).isEqualTo(eur("0"));
        f.engine.release(id, f.next(id));
        assertThat(f.port.sent.subList(5, 7)).extracting(RoRequest::route).containsOnly(Route.SECONDARY);
    }

    @Test
    void terminateInASplitSessionAlarmsTheFailedLegsUsageAndTerminatesTheOthers() throws Exception {
        EngineFixture f = fixture(FailureHandling.TERMINATE, false);
        ChargingSessionId id = f.engine.createSplitSession("conference", EngineFixture.MERCHANT,
                Arrays.asList(EngineFixture.ALICE, EngineFixture.BOB), EngineFixture.CORRELATION);
        f.reserve(id, "10");
        f.debit(id, "4", false);
        f.port.answerWith(r -> r.user().equals(EngineFixture.BOB) && r.type() == RequestType.UPDATE
                ? RoAnswer.failure(ResultCode.UNABLE_TO_DELIVER) : RoAnswer.success(r.requested()));

        f.reserve(id, "2");

        assertThat(f.listener.last()).isEqualTo(new SessionEnded(id, SessionEndedCause.UNDEFINED));
        assertThat(f.listener.unconfirmed).containsExactly(f.port.sent.get(3));
        assertThat(f.listener.unconfirmed.get(0).used()).isEqualTo(ServiceUnits.of(eur("2")));
        assertThat(f.port.sent).hasSize(5);
        RoRequest termination = f.port.last();
        assertThat(termination.type()).isEqualTo(RequestType.TERMINATION);
        assertThat(termination.user()).isEqualTo(EngineFixture.ALICE);
        assertThat(termination.used()).isEqualTo(ServiceUnits.NONE);
        assertThat(f.port.sent.get(2).used()).isEqualTo(ServiceUnits.of(eur("2")));
    }

    @Test
    void aCcrOutstandingWhenTheOcsAbortsIsNeitherResentNorApplied() throws Exception {
        EngineFixture f = fixture(FailureHandling.CONTINUE, true);
        ChargingSessionId id = f.session();
        f.port.holdAnswers();
        f.reserve(id, "10");

        assertThat(f.engine.onAbort(f.port.sent.get(0).roSessionId(), "OCS maintenance")).isTrue();
        f.time.advance(TX);
        f.port.answer(0, RoAnswer.success(ServiceUnits.of(eur("10"))));

        // RFC 4006 §5.5: the CCR-TERMINATION after the ASR is the only CCR that still moves (and fails over).
        assertThat(f.port.sent).extracting(RoRequest::type).containsExactly(RequestType.INITIAL,
                RequestType.TERMINATION, RequestType.TERMINATION);
        assertThat(f.port.last().isRetransmission()).isTrue();
        assertThat(f.listener.events).singleElement().isInstanceOf(SessionAborted.class);
        assertThat(f.engine.isLive(id)).isFalse();
    }

    @Test
    void theConfigurationRejectsFailoverWithoutASecondaryPeer() {
        assertThatThrownBy(() -> EngineFixture.defaultSla().failureHandling(FailureHandling.CONTINUE, true).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secondaryPeer");
        assertThatThrownBy(() -> EngineFixture.defaultSla().failureHandling(null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("failureHandling");
        assertThatThrownBy(() -> EngineFixture.defaultSla().directDebitingFailureHandling(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("directDebitingFailureHandling");
        SlaConfig defaults = EngineFixture.defaultSla().build();
        assertThat(defaults.failureHandling()).isEqualTo(FailureHandling.TERMINATE);
        assertThat(defaults.sessionFailover()).isFalse();
        assertThat(defaults.directDebitingFailureHandling()).isEqualTo(DirectDebitingFailureHandling.TERMINATE_OR_BUFFER);
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
