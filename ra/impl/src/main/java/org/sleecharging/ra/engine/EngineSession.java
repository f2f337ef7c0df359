package org.sleecharging.ra.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.sleecharging.events.CreditAmountRes;
import org.sleecharging.events.CreditUnitRes;
import org.sleecharging.events.DebitAmountRes;
import org.sleecharging.events.DebitUnitRes;
import org.sleecharging.events.ExtendLifeTimeErr;
import org.sleecharging.events.ExtendLifeTimeRes;
import org.sleecharging.events.RequestOutcome;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.CorrelationId;
import org.sleecharging.events.value.MerchantAccount;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.ra.engine.book.AmountBook;
import org.sleecharging.ra.engine.book.UnitBook;
import org.sleecharging.ra.engine.request.ChargingRequest;
import org.sleecharging.ra.engine.request.Operation;
import org.sleecharging.ra.engine.request.RequestGate;
import org.sleecharging.ra.engine.ro.ReportingReason;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.ServiceUnits;
import org.sleecharging.ra.engine.state.IllegalTransitionException;
import org.sleecharging.ra.engine.state.SessionEvent;
import org.sleecharging.ra.engine.state.SessionState;
import org.sleecharging.ra.engine.state.SessionStateMachine;
import org.sleecharging.ratype.InvalidRequestNumberException;
import org.sleecharging.ratype.InvalidSessionIdException;
import org.sleecharging.ratype.TaskRefusedException;

/**
 * One charging session: state, request numbers, books, lifetime and legs. Every method runs under
 * the session's monitor (the engine synchronises on it) and returns the side effects to carry out
 * after the lock is released. Ro answers are applied by {@link AnswerApplier}.
 */
final class EngineSession {

    final ChargingSessionId id;
    final SessionContext context;
    final String description;
    final MerchantAccount merchant;
    final CorrelationId correlationId;
    SessionState state = SessionState.SESSION_CREATED;
    final RequestGate gate;
    AmountBook amountBook;
    UnitBook unitBook = UnitBook.empty();
    final List<Leg> legs;
    List<Long> weights;
    Instant reservationStart;
    Instant expiry;
    boolean finalUnits;
    RoExchange current;
    RoExchange rating;
    Scheduler.Cancellable expiryTimer;
    Scheduler.Cancellable validityTimer;
    FailoverState failover;
    /** EVENT requests granted under TERMINATE_OR_BUFFER whose outcome is unknown, T-flagged (RFC 4006 §8.15). */
    final List<RoRequest> buffered = new ArrayList<RoRequest>();
    RoExchange bufferFlush;

    EngineSession(ChargingSessionId id, SessionContext context, String description, MerchantAccount merchant,
            CorrelationId correlationId, List<Leg> legs, RequestGate gate) {
        this.id = id;
        this.context = context;
        this.description = description;
        this.merchant = merchant;
        this.correlationId = correlationId;
        this.legs = new ArrayList<Leg>(legs);
        this.weights = RoPlanner.equalWeights(legs.size());
        this.gate = gate;
        this.failover = FailoverState.initial(context.sla);
    }

    Effects submit(int number, ChargingRequest request) throws InvalidSessionIdException, InvalidRequestNumberException,
            TaskRefusedException {
        requireLive();
        switch (gate.check(number, request)) {
            case RETRY_ANSWERED:
                // DESIGN.md "Request numbers": a retry returns the original outcome and charges nothing.
                Effects repeat = new Effects();
                repeat.events.add(gate.lastOutcome());
                return repeat;
            case RETRY_PENDING:
                return new Effects();
            default:
                break;
        }
        requireAllowed(request.operation().stateEvent());
        gate.accept(number, request);
        Operation operation = request.operation();
        if (operation == Operation.RESERVE_AMOUNT || operation == Operation.RESERVE_UNIT) {
            return reserve(number, request);
        }
        if (operation.name().startsWith("DIRECT_")) {
            return direct(number, request);
        }
        return operation.isAmount() ? againstAmountReservation(number, request) : againstUnitReservation(number, request);
    }

    private Effects reserve(int number, ChargingRequest request) {
        Effects effects = new Effects();
        if (finalUnits) {
            return complete(effects, error(request, number, ChargingError.RESERVATION_LIMIT,
                    "the OCS granted the final units (RFC 4006 §5.6.1 Final-Unit-Indication)"));
        }
        List<Long> requested;
        try {
            List<Long> fromParameters = RoPlanner.weightsFrom(request.parameters(), legs.size());
            requested = fromParameters == null ? weights : fromParameters;
        } catch (IllegalArgumentException e) {
            return complete(effects, error(request, number, ChargingError.PARAMETER, e.getMessage()));
        }
        List<ServiceUnits> asked;
        List<ServiceUnits> used;
        if (request.operation() == Operation.RESERVE_AMOUNT) {
            if (amountBook != null && !amountBook.currency().equals(request.amount().currency())) {
                return complete(effects, error(request, number, ChargingError.CURRENCY, "the reservation is in "
                        + amountBook.currency() + ", not " + request.amount().currency()));
            }
            Money left = amountBook == null ? Money.zero(request.amount().currency()) : amountBook.left();
            asked = RoPlanner.split(left.plus(request.amount()), requested);
            used = amountBook == null || amountBook.unreported().isZero() ? RoPlanner.none(legs.size())
                    : RoPlanner.split(amountBook.unreported(), requested);
        } else {
            asked = RoPlanner.split(RoPlanner.plus(unitBook.left(), request.volumes()), requested);
            used = RoPlanner.hasUsage(unitBook.unreported()) ? RoPlanner.split(unitBook.unreported(), requested)
                    : RoPlanner.none(legs.size());
        }
        weights = requested;
        List<RoRequest> requests = new ArrayList<RoRequest>();
        for (int i = 0; i < legs.size(); i++) {
            requests.add(sessionRequest(i, asked.get(i), used.get(i), request));
        }
        current = new RoExchange(RoExchange.Kind.NUMBERED, number, request, requests);
        return effects.send(current);
    }

    /** CCR-INITIAL for a leg without Ro session, else CCR-UPDATE (TS 32.299 §6.4.2, RFC 4006 §5.2). */
    private RoRequest sessionRequest(int index, ServiceUnits asked, ServiceUnits used, ChargingRequest request) {
        Leg leg = legs.get(index);
        RequestType type = leg.isOpen() ? RequestType.UPDATE : RequestType.INITIAL;
        Leg sent = leg.isOpen() ? leg : leg.opened(context.port.newSessionId(), request.parameters());
        if (!leg.isOpen()) {
            context.byRoSession.put(sent.roSessionId(), this);
        }
        RoRequest ccr = RoRequest.builder(sent.roSessionId(), type, leg.isOpen() ? leg.nextCcRequestNumber() : 0, leg.user())
                .requested(asked).used(type == RequestType.INITIAL ? ServiceUnits.NONE : used)
                .reportingReason(type == RequestType.UPDATE ? leg.reauthReason() : null)
                .parameters(request.parameters()).route(failover.route()).build();
        legs.set(index, leg.isOpen() ? leg.advanced(request.parameters()) : sent);
        return ccr;
    }

    private Effects direct(int number, ChargingRequest request) {
        List<ServiceUnits> shares;
        try {
            List<Long> fromParameters = RoPlanner.weightsFrom(request.parameters(), legs.size());
            List<Long> split = fromParameters == null ? weights : fromParameters;
            shares = request.operation().isAmount() ? RoPlanner.split(request.amount(), split)
                    : RoPlanner.split(request.volumes(), split);
        } catch (IllegalArgumentException e) {
            return complete(new Effects(), error(request, number, ChargingError.PARAMETER, e.getMessage()));
        }
        List<RoRequest> requests = new ArrayList<RoRequest>();
        for (int i = 0; i < legs.size(); i++) {
            // RFC 4006 §6.3: one-time event, its own Session-Id; Requested-Action per §8.41.
            requests.add(RoRequest.builder(context.port.newSessionId(), RequestType.EVENT, 0, legs.get(i).user())
                    .requestedAction(request.operation().isCredit() ? org.sleecharging.ra.engine.ro.RequestedAction.REFUND_ACCOUNT
                            : org.sleecharging.ra.engine.ro.RequestedAction.DIRECT_DEBITING)
                    .requested(shares.get(i)).parameters(request.parameters()).route(failover.route()).build());
        }
        current = new RoExchange(RoExchange.Kind.NUMBERED, number, request, requests);
        return new Effects().send(current);
    }

    private Effects againstAmountReservation(int number, ChargingRequest request) {
        Effects effects = new Effects();
        Money amount = request.amount();
        if (!amountBook.currency().equals(amount.currency())) {
            return complete(effects, error(request, number, ChargingError.CURRENCY, "the reservation is in "
                    + amountBook.currency() + ", not " + amount.currency()));
        }
        boolean debit = request.operation() == Operation.DEBIT_AMOUNT;
        if (debit && !amountBook.covers(amount)) {
            // DESIGN.md "Debits": beyond the reservation fails and debits nothing.
            return complete(effects, error(request, number, ChargingError.RESERVATION_LIMIT, "debit " + amount
                    + " exceeds the reservation left " + amountBook.left()));
        }
        if (!debit && !amountBook.mayCredit(amount)) {
            return complete(effects, error(request, number, ChargingError.NO_CREDIT, "credit " + amount
                    + " exceeds the usage not yet reported to the OCS " + amountBook.unreported()));
        }
        amountBook = debit ? amountBook.debit(amount) : amountBook.credit(amount);
        RequestOutcome outcome = debit
                ? new DebitAmountRes(id, number, amount, amountBook.left(), gate.nextNumber())
                : new CreditAmountRes(id, number, amount, amountBook.left(), gate.nextNumber());
        complete(effects, outcome);
        if (request.closeReservation() || amountBook.isExhausted()) {
            closeReservation(effects);
        }
        return effects;
    }

    private Effects againstUnitReservation(int number, ChargingRequest request) {
        Effects effects = new Effects();
        Unit missing = unitBook.firstMissingUnit(request.volumes());
        if (missing != null) {
            // DESIGN.md "Units are never consolidated": a unit the reservation does not hold is an error.
            return complete(effects, error(request, number, ChargingError.VOLUMES, "the reservation holds no " + missing
                    + " (it holds " + unitBook.left() + ")"));
        }
        boolean debit = request.operation() == Operation.DEBIT_UNIT;
        if (!debit && !unitBook.mayCredit(request.volumes())) {
            return complete(effects, error(request, number, ChargingError.NO_CREDIT, "credit " + request.volumes()
                    + " exceeds the usage not yet reported to the OCS " + unitBook.unreported()));
        }
        VolumeSet applied = debit ? unitBook.debitable(request.volumes()) : request.volumes();
        unitBook = debit ? unitBook.debit(applied) : unitBook.credit(applied);
        RequestOutcome outcome = debit
                ? new DebitUnitRes(id, number, applied, unitBook.left(), gate.nextNumber())
                : new CreditUnitRes(id, number, applied, unitBook.left(), gate.nextNumber());
        complete(effects, outcome);
        if (request.closeReservation() || unitBook.isExhausted()) {
            closeReservation(effects);
        }
        return effects;
    }

    /** §9.1: closeReservation or the limit reached → Reservation Ended; usage goes out in CCR-TERMINATION. */
    void closeReservation(Effects effects) {
        state = SessionStateMachine.next(state, SessionEvent.RESERVATION_CLOSED);
        terminateLegs(effects);
        cancelExpiry();
    }

    /** Sends CCR-TERMINATION with the unreported usage on every open leg and closes the books. */
    void terminateLegs(Effects effects) {
        List<ServiceUnits> used = RoPlanner.none(legs.size());
        if (amountBook != null && !amountBook.unreported().isZero()) {
            used = RoPlanner.split(amountBook.unreported(), weights);
        } else if (RoPlanner.hasUsage(unitBook.unreported())) {
            used = RoPlanner.split(unitBook.unreported(), weights);
        }
        List<RoRequest> requests = new ArrayList<RoRequest>();
        for (int i = 0; i < legs.size(); i++) {
            Leg leg = legs.get(i);
            if (leg.isOpen()) {
                requests.add(RoRequest.builder(leg.roSessionId(), RequestType.TERMINATION, leg.nextCcRequestNumber(),
                        leg.user()).used(used.get(i)).reportingReason(ReportingReason.FINAL).parameters(leg.parameters())
                        .route(failover.route()).build());
                closeLeg(i);
            }
        }
        amountBook = amountBook == null ? null : amountBook.closed();
        unitBook = unitBook.closed();
        if (!requests.isEmpty()) {
            effects.send(new RoExchange(RoExchange.Kind.USAGE_REPORT, 0, null, requests));
        }
    }

    /** The SBB is asked to reserve again: the next CCR-UPDATE of the leg (every leg if null) reports why. */
    void reauthorising(String roSessionId, ReportingReason reason) {
        for (int i = 0; i < legs.size(); i++) {
            Leg leg = legs.get(i);
            if (roSessionId == null || roSessionId.equals(leg.roSessionId())) {
                legs.set(i, leg.reauthorising(reason));
            }
        }
    }

    /** The leg's Ro session is over: it no longer takes RAR/ASR. */
    void closeLeg(int index) {
        Leg leg = legs.get(index);
        if (leg.isOpen()) {
            context.byRoSession.remove(leg.roSessionId(), this);
        }
        legs.set(index, leg.closed());
    }

    /** A restored session's open legs take RAR/ASR on this node. */
    void registerOpenLegs() {
        for (Leg leg : legs) {
            if (leg.isOpen()) {
                context.byRoSession.put(leg.roSessionId(), this);
            }
        }
    }

    /** Usage handed to the RA's alarm counts as reported, so no later CCR carries it again. */
    void markReported(ServiceUnits used) {
        if (used.money() != null && amountBook != null) {
            amountBook = amountBook.granted(amountBook.left(), used.money());
        } else if (used.volumes() != null && unitBook.left() != null) {
            unitBook = unitBook.granted(unitBook.left(), used.volumes());
        }
    }

    /** The buffered EVENT requests, re-sent with the T flag on the current peer; null if none or a flush is in flight. */
    RoExchange flushBuffer() {
        if (buffered.isEmpty() || bufferFlush != null) {
            return null;
        }
        List<RoRequest> copies = new ArrayList<RoRequest>();
        for (RoRequest request : buffered) {
            copies.add(request.retransmittedTo(failover.route()));
        }
        bufferFlush = new RoExchange(RoExchange.Kind.USAGE_REPORT, 0, null, copies);
        return bufferFlush;
    }

    /**
     * §8.3 extendLifeTimeReq: by the SLA increment, or by what is left up to the SLA maximum when
     * that is less (the Res tells the lifetime left); P_CHS_ERR_NO_EXTEND once the maximum is reached.
     */
    Effects extendLifeTime() throws InvalidSessionIdException, TaskRefusedException {
        requireLive();
        requireAllowed(SessionEvent.LIFETIME_EXTENDED);
        Instant limit = reservationStart.plus(context.sla.maxLifetime());
        if (!expiry.isBefore(limit)) {
            return new Effects().event(new ExtendLifeTimeErr(id, ChargingError.NO_EXTEND, "lifetime is at the SLA maximum "
                    + context.sla.maxLifetime()));
        }
        Instant extended = expiry.plus(context.sla.lifetimeIncrement());
        expiry = extended.isAfter(limit) ? limit : extended;
        scheduleExpiry();
        return new Effects().event(new ExtendLifeTimeRes(id, lifeTimeLeft()));
    }

    Duration lifeTimeLeft() {
        Duration left = Duration.between(context.clock.instant(), expiry);
        return left.isNegative() ? Duration.ZERO : left;
    }

    void startLifetime() {
        reservationStart = context.clock.instant();
        expiry = reservationStart.plus(context.sla.defaultLifetime());
        scheduleExpiry();
    }

    void scheduleExpiry() {
        cancelExpiry();
        expiryTimer = context.scheduler.schedule(lifeTimeLeft(), context.expiryTask(this));
    }

    void cancelExpiry() {
        if (expiryTimer != null) {
            expiryTimer.cancel();
            expiryTimer = null;
        }
        cancelValidity();
    }

    /** RFC 4006 §8.33: when the grant's Validity-Time elapses the SBB is asked to re-authorise. */
    void scheduleValidity(Duration validity) {
        cancelValidity();
        validityTimer = context.scheduler.schedule(validity, context.validityTask(this));
    }

    private void cancelValidity() {
        if (validityTimer != null) {
            validityTimer.cancel();
            validityTimer = null;
        }
    }

    /** Release, expiry and OCS abort all end here (§9.1: from any state). */
    Effects end(SessionEvent cause) {
        Effects effects = new Effects();
        state = SessionStateMachine.next(state, cause);
        terminateLegs(effects);
        cancelExpiry();
        // Outstanding CCRs of an ended session are neither applied nor re-sent (RFC 4006 §5.7 failover).
        if (current != null) {
            current.finish();
        }
        if (rating != null) {
            rating.finish();
        }
        current = null;
        rating = null;
        effects.changed = true;
        effects.ended = true;
        return effects;
    }

    void requireLive() throws InvalidSessionIdException {
        if (state.isTerminal()) {
            throw new InvalidSessionIdException("charging session " + id + " has ended");
        }
    }

    void requireAllowed(SessionEvent event) throws TaskRefusedException {
        try {
            SessionStateMachine.next(state, event);
        } catch (IllegalTransitionException e) {
            throw new TaskRefusedException(e.getMessage() + " for session " + id);
        }
    }

    RequestOutcome error(ChargingRequest request, int number, ChargingError error, String info) {
        return Outcomes.error(id, request.operation(), number, error, info, gate.nextNumber());
    }

    Effects complete(Effects effects, RequestOutcome outcome) {
        gate.complete(outcome);
        current = null;
        return effects.event(outcome);
    }

    SessionSnapshot snapshot() {
        return new SessionSnapshot(id, description, merchant, correlationId, state, gate, amountBook, unitBook, legs,
                weights, reservationStart, expiry, finalUnits, failover, buffered, context.nodeId);
    }
}
