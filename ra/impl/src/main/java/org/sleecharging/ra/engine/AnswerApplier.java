package org.sleecharging.ra.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.sleecharging.events.DirectCreditAmountRes;
import org.sleecharging.events.DirectCreditUnitRes;
import org.sleecharging.events.DirectDebitAmountRes;
import org.sleecharging.events.DirectDebitUnitRes;
import org.sleecharging.events.RateErr;
import org.sleecharging.events.RateRes;
import org.sleecharging.events.RequestError;
import org.sleecharging.events.RequestOutcome;
import org.sleecharging.events.ReserveAmountRes;
import org.sleecharging.events.ReserveUnitRes;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.FailureHandlingResult;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.PriceVolume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.ra.engine.book.AmountBook;
import org.sleecharging.ra.engine.request.ChargingRequest;
import org.sleecharging.ra.engine.request.Operation;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.ResultCodeMapping;
import org.sleecharging.ra.engine.ro.ResultCodeMapping.Purpose;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.ServiceUnits;
import org.sleecharging.ra.engine.state.SessionEvent;
import org.sleecharging.ra.engine.state.SessionState;
import org.sleecharging.ra.engine.state.SessionStateMachine;

/** Applies a completed Ro exchange to its session (under the session's lock) and builds the outcome. */
final class AnswerApplier {

    private AnswerApplier() {
    }

    static Effects apply(EngineSession session, RoExchange exchange) {
        if (exchange.kind == RoExchange.Kind.RATE) {
            return session.rating == exchange ? rate(session, exchange) : new Effects();
        }
        if (session.current != exchange || session.state.isTerminal()) {
            return new Effects(); // superseded: the session ended or the Tx timer already answered
        }
        Operation operation = exchange.request.operation();
        if (operation == Operation.RESERVE_AMOUNT || operation == Operation.RESERVE_UNIT) {
            Effects effects = operation == Operation.RESERVE_AMOUNT ? reserveAmount(session, exchange)
                    : reserveUnit(session, exchange);
            if (exchange.hasRoFailure() && FailureHandler.terminates(session)) {
                FailureHandler.terminate(session, exchange, effects);
            }
            return effects;
        }
        return exchange.hasRoFailure() ? FailureHandler.direct(session, exchange) : direct(session, exchange);
    }

    private static Effects reserveAmount(EngineSession session, RoExchange exchange) {
        ChargingRequest request = exchange.request;
        Money zero = Money.zero(request.amount().currency());
        Money previous = session.amountBook == null ? zero : session.amountBook.left();
        List<ServiceUnits> granted = grantedPerLeg(session, exchange);
        Money newLeft = RoPlanner.sumMoney(zero, granted);
        if (anySuccess(exchange)) {
            AmountBook book = session.amountBook == null ? AmountBook.empty(zero.currency()) : session.amountBook;
            session.amountBook = book.granted(newLeft, RoPlanner.sumMoney(zero, reportedPerLeg(exchange)));
        }
        Effects effects = new Effects();
        if (exchange.firstFailure() >= 0) {
            return session.complete(effects, failure(session, exchange, reserveNote(session, exchange)));
        }
        Money added = Money.of(zero.currency(), newLeft.amount().minusAtMost(previous.amount()));
        if (request.minimumAmount().amount().isGreaterThan(added.amount())) {
            return session.complete(effects, session.error(request, exchange.requestNumber, ChargingError.RESERVATION_LIMIT,
                    "the OCS granted " + added + ", less than the minimum " + request.minimumAmount()));
        }
        reserved(session, exchange, SessionEvent.AMOUNT_RESERVED);
        return session.complete(effects, new ReserveAmountRes(session.id, exchange.requestNumber, newLeft,
                session.lifeTimeLeft(), session.gate.nextNumber()));
    }

    private static Effects reserveUnit(EngineSession session, RoExchange exchange) {
        ChargingRequest request = exchange.request;
        VolumeSet asked = RoPlanner.plus(session.unitBook.left(), request.volumes());
        List<ServiceUnits> granted = grantedPerLeg(session, exchange);
        VolumeSet newLeft = RoPlanner.sumVolumes(asked, granted);
        if (anySuccess(exchange)) {
            VolumeSet unreported = session.unitBook.unreported();
            VolumeSet reported = unreported == null ? null : RoPlanner.sumVolumes(unreported, reportedPerLeg(exchange));
            session.unitBook = session.unitBook.granted(newLeft, reported);
        }
        Effects effects = new Effects();
        if (exchange.firstFailure() >= 0) {
            return session.complete(effects, failure(session, exchange, reserveNote(session, exchange)));
        }
        reserved(session, exchange, SessionEvent.VOLUME_RESERVED);
        return session.complete(effects, new ReserveUnitRes(session.id, exchange.requestNumber, newLeft,
                session.lifeTimeLeft(), session.gate.nextNumber()));
    }

    private static void reserved(EngineSession session, RoExchange exchange, SessionEvent event) {
        boolean first = session.state == SessionState.SESSION_CREATED;
        session.state = SessionStateMachine.next(session.state, event);
        if (first) {
            session.startLifetime();
        }
        java.time.Duration validity = null;
        for (RoAnswer answer : exchange.answers) {
            if (answer.validityTime() != null && (validity == null || answer.validityTime().compareTo(validity) < 0)) {
                validity = answer.validityTime();
            }
        }
        if (validity != null) {
            session.scheduleValidity(validity);
        }
    }

    /** Granted units of each successful answer; a failed CCR-INITIAL leaves its leg without Ro session. */
    private static List<ServiceUnits> grantedPerLeg(EngineSession session, RoExchange exchange) {
        List<ServiceUnits> granted = new ArrayList<ServiceUnits>();
        for (int i = 0; i < exchange.requests.size(); i++) {
            if (succeeded(exchange, i)) {
                RoAnswer answer = exchange.answers[i];
                granted.add(answer.granted());
                session.finalUnits |= answer.finalUnitAction() != null;
            } else {
                granted.add(ServiceUnits.NONE);
                if (exchange.requests.get(i).type() == RequestType.INITIAL) {
                    session.closeLeg(i);
                }
            }
        }
        return granted;
    }

    /** Used units the OCS accepted (successful answers only; the rest stays unreported). */
    private static List<ServiceUnits> reportedPerLeg(RoExchange exchange) {
        List<ServiceUnits> reported = new ArrayList<ServiceUnits>();
        for (int i = 0; i < exchange.requests.size(); i++) {
            reported.add(succeeded(exchange, i) ? exchange.requests.get(i).used() : ServiceUnits.NONE);
        }
        return reported;
    }

    /** RFC 4006 §8.14: what the failure handling does with the session, for the Err's extra information. */
    private static String reserveNote(EngineSession session, RoExchange exchange) {
        if (!exchange.hasRoFailure()) {
            return null;
        }
        return "Credit-Control-Failure-Handling " + session.failover.handling() + (FailureHandler.terminates(session)
                ? ": the charging session ends" : ": the session continues; unreported usage goes out with the next CCR");
    }

    private static Effects direct(EngineSession session, RoExchange exchange) {
        if (exchange.firstFailure() >= 0) {
            return session.complete(new Effects(), failure(session, exchange, null));
        }
        return directRes(session, exchange);
    }

    /** The Res of a direct debit or credit, whose legs succeeded or whose failure is granted (RFC 4006 §8.15). */
    static Effects directRes(EngineSession session, RoExchange exchange) {
        ChargingRequest request = exchange.request;
        Effects effects = new Effects();
        session.state = SessionStateMachine.next(session.state, SessionEvent.DIRECT_CHARGED);
        int number = exchange.requestNumber;
        int next = session.gate.nextNumber();
        RequestOutcome outcome;
        switch (request.operation()) {
            case DIRECT_DEBIT_AMOUNT:
                outcome = new DirectDebitAmountRes(session.id, number, request.amount(), next);
                break;
            case DIRECT_DEBIT_UNIT:
                outcome = new DirectDebitUnitRes(session.id, number, request.volumes(), next);
                break;
            case DIRECT_CREDIT_AMOUNT:
                outcome = new DirectCreditAmountRes(session.id, number, request.amount(), next);
                break;
            default:
                outcome = new DirectCreditUnitRes(session.id, number, request.volumes(), next);
                break;
        }
        return session.complete(effects, outcome);
    }

    private static Effects rate(EngineSession session, RoExchange exchange) {
        session.rating = null;
        RoAnswer answer = exchange.answers[0];
        if (exchange.firstFailure() >= 0) {
            ChargingError error = exchange.failures[0] != null ? ChargingError.UNDEFINED
                    : ResultCodeMapping.toChargingError(answer.resultCode(), Purpose.RATE);
            String info = exchange.failures[0] != null ? "no answer: " + exchange.failures[0]
                    : "OCS answered " + answer.resultCode();
            return new Effects().event(new RateErr(session.id, error, info));
        }
        if (answer.cost() == null) {
            return new Effects().event(new RateErr(session.id, ChargingError.PARAMETER,
                    "the OCS answered the price enquiry without Cost-Information"));
        }
        PriceVolume rate = PriceVolume.of(answer.cost(), session.context.sla.ratingVolume());
        return new Effects().event(new RateRes(session.id, Collections.singletonList(rate),
                answer.validityTime() == null ? java.time.Duration.ZERO : answer.validityTime()));
    }

    /**
     * The Err of a numbered request with a failed leg: P_CHS_ERR_UNDEFINED for a Ro failure (no
     * usable answer), else the Result-Code's error; {@code note} (may be null) says what failure
     * handling did.
     */
    static RequestOutcome failure(EngineSession session, RoExchange exchange, String note) {
        Operation operation = exchange.request.operation();
        Purpose purpose = operation == Operation.RESERVE_AMOUNT || operation == Operation.RESERVE_UNIT ? Purpose.RESERVE
                : operation.isCredit() ? Purpose.CREDIT : Purpose.DEBIT;
        int index = exchange.firstFailure();
        RoRequest ccr = exchange.requests.get(index);
        ChargingError error;
        String info;
        long resultCode = RequestError.NO_RESULT_CODE;
        if (exchange.failures[index] != null) {
            error = ChargingError.UNDEFINED;
            info = "no answer for " + ccr.user() + ": " + exchange.failures[index].reason;
        } else {
            error = ResultCodeMapping.toChargingError(exchange.answers[index].resultCode(), purpose);
            info = "OCS answered " + exchange.answers[index].resultCode() + " for " + ccr.user();
            resultCode = exchange.answers[index].resultCode().code();
        }
        List<String> charged = new ArrayList<String>();
        for (int i = 0; i < exchange.requests.size(); i++) {
            if (succeeded(exchange, i)) {
                charged.add(exchange.requests.get(i).user().toString());
            }
        }
        if (!charged.isEmpty()) {
            info += "; succeeded for " + charged;
        }
        if (note != null) {
            info += "; " + note;
        }
        FailureHandlingResult handling = purpose != Purpose.RESERVE || !exchange.hasRoFailure()
                ? FailureHandlingResult.NOT_APPLIED
                : FailureHandler.terminates(session) ? FailureHandlingResult.SESSION_ENDS
                : FailureHandlingResult.SESSION_CONTINUES;
        return Outcomes.error(session.id, operation, exchange.requestNumber, error, info, session.gate.nextNumber(),
                handling, resultCode);
    }

    private static boolean anySuccess(RoExchange exchange) {
        for (int i = 0; i < exchange.requests.size(); i++) {
            if (succeeded(exchange, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean succeeded(RoExchange exchange, int index) {
        return exchange.succeeded(index);
    }
}
