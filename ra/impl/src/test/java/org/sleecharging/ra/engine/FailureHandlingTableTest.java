package org.sleecharging.ra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sleecharging.events.ChargingEvent;
import org.sleecharging.events.DebitAmountRes;
import org.sleecharging.events.DirectDebitAmountErr;
import org.sleecharging.events.DirectDebitAmountRes;
import org.sleecharging.events.RequestError;
import org.sleecharging.events.RequestOutcome;
import org.sleecharging.events.ReserveAmountErr;
import org.sleecharging.events.ReserveAmountRes;
import org.sleecharging.events.SessionEnded;
import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.FailureHandlingResult;
import org.sleecharging.events.value.SessionEndedCause;
import org.sleecharging.ra.engine.request.Operation;
import org.sleecharging.ra.engine.ro.FailureHandling;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.ResultCode;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.RoTransportException;
import org.sleecharging.ra.engine.ro.Route;
import org.sleecharging.ra.engine.state.SessionState;

/**
 * RFC 4006 §5.7 client failure handling, table-driven: Credit-Control-Failure-Handling × CCR type ×
 * failure kind, without and with a secondary peer (which answers, or fails the same way). Each row
 * checks what the SBB got, the CCRs the port saw, the session afterwards, and that every debit
 * reaches the OCS exactly once or is handed to the RA's alarm (never lost, never twice).
 */
class FailureHandlingTableTest {

    private static final Duration TX = Duration.ofSeconds(3);

    /** How a CCR fails. */
    enum Failure {
        /** Never answered: the Tx timer fires. */
        TIMEOUT,
        /** The transport gives up (peer down). */
        TRANSPORT,
        /** A Diameter node answers 3002 DIAMETER_UNABLE_TO_DELIVER. */
        UNABLE_TO_DELIVER;

        void apply(RoRequest request, CompletableFuture<RoAnswer> future) {
            if (this == TRANSPORT) {
                future.completeExceptionally(new RoTransportException(request.roSessionId(), "peer down", null));
            } else if (this == UNABLE_TO_DELIVER) {
                future.complete(RoAnswer.failure(ResultCode.UNABLE_TO_DELIVER));
            }
        }

        boolean outcomeUnknown() {
            return this != UNABLE_TO_DELIVER;
        }
    }

    /** What the secondary peer does with a retransmission. */
    enum Secondary {
        NONE, ANSWERS, FAILS
    }

    @TestFactory
    List<DynamicTest> everyHandlingTypeAndFailure() {
        List<DynamicTest> tests = new ArrayList<DynamicTest>();
        for (Secondary secondary : Secondary.values()) {
            for (FailureHandling handling : FailureHandling.values()) {
                for (RequestType type : RequestType.values()) {
                    for (Failure failure : Failure.values()) {
                        tests.add(DynamicTest.dynamicTest(type + " fails by " + failure + " under " + handling
                                + ", secondary " + secondary, () -> new Row(handling, type, failure, secondary).check()));
                    }
                }
            }
        }
        return tests;
    }

    /** One row: drives the CCR type into the failure and checks the outcome. */
    private static final class Row {
        final FailureHandling handling;
        final RequestType type;
        final Failure failure;
        final Secondary secondary;
        final EngineFixture f;
        boolean failing;
        int failedIndex;

        Row(FailureHandling handling, RequestType type, Failure failure, Secondary secondary) {
            this.handling = handling;
            this.type = type;
            this.failure = failure;
            this.secondary = secondary;
            this.f = new EngineFixture(EngineFixture.defaultSla().secondaryPeer(secondary != Secondary.NONE)
                    .failureHandling(handling, secondary != Secondary.NONE).build());
            f.port.replyWith((request, future) -> {
                boolean fails = failing && (request.route() == Route.PRIMARY || secondary == Secondary.FAILS);
                if (fails) {
                    failure.apply(request, future);
                } else {
                    future.complete(RoAnswer.success(request.requested()));
                }
            });
        }

        /** Whether the failed CCR is re-sent to the secondary (§8.14; EVENT by §5.7 regardless of CCFH). */
        boolean retransmits() {
            return secondary != Secondary.NONE && (type == RequestType.EVENT || handling != FailureHandling.TERMINATE);
        }

        boolean recovered() {
            return retransmits() && secondary == Secondary.ANSWERS;
        }

        void check() throws Exception {
            ChargingSessionId id = f.session();
            if (type != RequestType.INITIAL && type != RequestType.EVENT) {
                f.reserve(id, "10");
                f.debit(id, "3", false);
            }
            failing = true;
            failedIndex = f.port.sent.size();
            int eventsBefore = f.listener.events.size();
            int number = f.next(id);
            switch (type) {
                case INITIAL:
                case UPDATE:
                    f.reserve(id, "5");
                    break;
                case TERMINATION:
                    f.debit(id, "2", true);
                    break;
                default:
                    f.engine.directAmount(id, Operation.DIRECT_DEBIT_AMOUNT, EngineFixture.APP, ChargingParameters.NONE,
                            EngineFixture.eur("1"), number);
                    break;
            }
            f.time.advance(TX);
            f.time.advance(TX);
            failing = false;

            checkCcrs();
            List<ChargingEvent> events = f.listener.events.subList(eventsBefore, f.listener.events.size());
            switch (type) {
                case INITIAL:
                case UPDATE:
                    checkReservation(id, number, events);
                    break;
                case TERMINATION:
                    checkTermination(id, events);
                    break;
                default:
                    checkEvent(id, number, events);
                    break;
            }
            assertThat(f.time.pendingTasks() > 0).isEqualTo(f.engine.isLive(id) && f.engine.state(id).holdsReservation());
        }

        /** The failed CCR, and its T-flagged copy to the secondary with the same Session-Id and number. */
        void checkCcrs() {
            RoRequest original = f.port.sent.get(failedIndex);
            assertThat(original.type()).isEqualTo(type);
            assertThat(original.route()).isEqualTo(Route.PRIMARY);
            assertThat(original.isRetransmission()).isFalse();
            List<RoRequest> copies = new ArrayList<RoRequest>();
            for (RoRequest request : f.port.sent.subList(failedIndex + 1, f.port.sent.size())) {
                if (request.roSessionId().equals(original.roSessionId())
                        && request.ccRequestNumber() == original.ccRequestNumber()) {
                    copies.add(request);
                }
            }
            if (!retransmits()) {
                assertThat(copies).isEmpty();
                assertThat(f.port.sent).hasSize(failedIndex + 1);
                return;
            }
            assertThat(copies).hasSize(1);
            RoRequest copy = copies.get(0);
            assertThat(copy.isRetransmission()).isTrue();
            assertThat(copy.route()).isEqualTo(Route.SECONDARY);
            assertThat(copy.type()).isEqualTo(original.type());
            assertThat(copy.used()).isEqualTo(original.used());
            assertThat(copy.requested()).isEqualTo(original.requested());
        }

        void checkReservation(ChargingSessionId id, int number, List<ChargingEvent> events) throws Exception {
            if (recovered()) {
                assertThat(events).singleElement().isInstanceOf(ReserveAmountRes.class);
                assertThat(((ReserveAmountRes) events.get(0)).getRequestNumber()).isEqualTo(number);
                assertThat(f.engine.snapshot(id).failover().route()).isEqualTo(Route.SECONDARY);
                releaseAndCheckBooks(id, type == RequestType.UPDATE ? "3" : "0", Route.SECONDARY, true);
                return;
            }
            assertThat(events.get(0)).isInstanceOf(ReserveAmountErr.class);
            RequestError err = (RequestError) events.get(0);
            assertThat(err.getError()).isEqualTo(ChargingError.UNDEFINED);
            assertThat(err.getRequestNumber()).isEqualTo(number);
            assertThat(err.getExtraInformation()).contains("Credit-Control-Failure-Handling " + handling);
            assertThat(((ReserveAmountErr) err).getFailureHandling()).isEqualTo(handling == FailureHandling.CONTINUE
                    ? FailureHandlingResult.SESSION_CONTINUES : FailureHandlingResult.SESSION_ENDS);
            if (handling == FailureHandling.CONTINUE) {
                // §8.14 CONTINUE: the session goes on with what it holds; the usage goes out later.
                assertThat(events).hasSize(1);
                assertThat(f.engine.state(id)).isEqualTo(type == RequestType.INITIAL ? SessionState.SESSION_CREATED
                        : SessionState.AMOUNT_RESERVED);
                assertThat(f.listener.unconfirmed).isEmpty();
                Route route = retransmits() ? Route.SECONDARY : Route.PRIMARY;
                assertThat(f.engine.snapshot(id).failover().route()).isEqualTo(route);
                releaseAndCheckBooks(id, type == RequestType.UPDATE ? "3" : "0", route, type == RequestType.UPDATE);
                return;
            }
            // TERMINATE, RETRY_AND_TERMINATE: the session ends, the failed Ro session gets no CCR-T.
            assertThat(events).hasSize(2);
            assertThat(events.get(1)).isEqualTo(new SessionEnded(id, SessionEndedCause.UNDEFINED));
            assertThat(f.engine.isLive(id)).isFalse();
            assertThat(f.listener.ended).containsExactly(id);
            assertThat(f.port.sent).noneMatch(r -> r.type() == RequestType.TERMINATION);
            assertThat(f.time.pendingTasks()).isZero();
            checkBooks(type == RequestType.UPDATE ? "3" : "0");
        }

        void checkTermination(ChargingSessionId id, List<ChargingEvent> events) throws Exception {
            // The SBB was answered locally before the CCR-T left; the session stays until release.
            assertThat(events).singleElement().isInstanceOf(DebitAmountRes.class);
            assertThat(f.engine.state(id)).isEqualTo(SessionState.RESERVATION_ENDED);
            assertThat(f.listener.unconfirmed).hasSize(recovered() ? 0 : 1);
            checkBooks("5");
            f.engine.release(id, f.next(id));
            assertThat(f.engine.isLive(id)).isFalse();
            checkBooks("5");
        }

        void checkEvent(ChargingSessionId id, int number, List<ChargingEvent> events) throws Exception {
            // §8.15 TERMINATE_OR_BUFFER (the default): refused only if the failure shows nothing was debited.
            boolean granted = recovered() || failure.outcomeUnknown();
            assertThat(events).singleElement().isInstanceOf(granted ? DirectDebitAmountRes.class : DirectDebitAmountErr.class);
            assertThat(((RequestOutcome) events.get(0)).getRequestNumber()).isEqualTo(number);
            assertThat(f.engine.state(id)).isEqualTo(SessionState.SESSION_CREATED);
            List<RoRequest> buffered = f.engine.snapshot(id).buffered();
            assertThat(buffered).hasSize(granted && !recovered() ? 1 : 0);
            if (!buffered.isEmpty()) {
                assertThat(buffered.get(0).isRetransmission()).isTrue();
                assertThat(buffered.get(0).roSessionId()).isEqualTo(f.port.sent.get(failedIndex).roSessionId());
            }
            // The next CCR of the session carries the buffered one along, T-flagged; then the books hold.
            f.engine.directAmount(id, Operation.DIRECT_DEBIT_AMOUNT, EngineFixture.APP, ChargingParameters.NONE,
                    EngineFixture.eur("2"), f.next(id));
            assertThat(f.engine.snapshot(id).buffered()).isEmpty();
            Amount charged = Amount.ZERO;
            for (RoRequest request : distinctSucceeded()) {
                charged = charged.plus(request.requested().money().amount());
            }
            assertThat(charged).isEqualTo(Amount.parse(granted ? "3" : "2"));
            assertThat(f.listener.unconfirmed).isEmpty();
        }

        void releaseAndCheckBooks(ChargingSessionId id, String debited, Route route, boolean roSessionOpen)
                throws Exception {
            int before = f.port.sent.size();
            f.engine.release(id, f.next(id));
            assertThat(f.port.sent.size() - before).isEqualTo(roSessionOpen ? 1 : 0);
            if (roSessionOpen) {
                assertThat(f.port.last().type()).isEqualTo(RequestType.TERMINATION);
                assertThat(f.port.last().route()).isEqualTo(route);
            }
            checkBooks(debited);
        }

        /** Usage the OCS confirmed (each CCR once, whichever copy) plus usage handed to the alarm = debited. */
        void checkBooks(String debited) {
            Amount reported = Amount.ZERO;
            for (RoRequest request : distinctSucceeded()) {
                if (request.used().money() != null) {
                    reported = reported.plus(request.used().money().amount());
                }
            }
            for (RoRequest request : f.listener.unconfirmed) {
                if (request.used().money() != null) {
                    reported = reported.plus(request.used().money().amount());
                }
            }
            assertThat(reported).isEqualTo(Amount.parse(debited));
        }

        List<RoRequest> distinctSucceeded() {
            Set<String> seen = new HashSet<String>();
            List<RoRequest> distinct = new ArrayList<RoRequest>();
            for (RoRequest request : f.port.succeeded) {
                if (seen.add(request.roSessionId() + "#" + request.ccRequestNumber())) {
                    distinct.add(request);
                }
            }
            return distinct;
        }
    }
}
