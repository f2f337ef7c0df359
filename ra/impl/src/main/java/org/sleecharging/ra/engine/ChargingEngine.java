package org.sleecharging.ra.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.sleecharging.events.SessionAborted;
import org.sleecharging.events.ReauthRequest;
import org.sleecharging.events.value.ReauthCause;
import org.sleecharging.events.SessionEnded;
import org.sleecharging.events.value.ApplicationDescription;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.CorrelationId;
import org.sleecharging.events.value.MerchantAccount;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.SessionEndedCause;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.ra.engine.request.ChargingRequest;
import org.sleecharging.ra.engine.request.Operation;
import org.sleecharging.ra.engine.ro.ChargedUser;
import org.sleecharging.ra.engine.ro.ReportingReason;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.RequestedAction;
import org.sleecharging.ra.engine.ro.RoClientPort;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.ServiceUnits;
import org.sleecharging.ra.engine.state.SessionEvent;
import org.sleecharging.ra.engine.state.SessionState;
import org.sleecharging.ratype.ChargingException;
import org.sleecharging.ratype.InvalidAccountException;
import org.sleecharging.ratype.InvalidRequestNumberException;
import org.sleecharging.ratype.InvalidSessionIdException;
import org.sleecharging.ratype.InvalidUserException;
import org.sleecharging.ratype.MethodNotSupportedException;
import org.sleecharging.ratype.TaskRefusedException;

/**
 * The plain-Java charging engine the RA drives (no SLEE, no Diameter types). Thread-safe: each
 * session is guarded by its own lock; CCRs are sent and events reported after the lock is
 * released. A method that throws has changed nothing. Outcomes arrive through the
 * {@link EngineListener}; CCRs leave through the {@link RoClientPort}.
 */
public final class ChargingEngine {

    private final SlaConfig sla;
    private final RoClientPort port;
    private final EngineListener listener;
    private final Clock clock;
    private final Scheduler scheduler;
    private final String nodeId;
    private final SessionContext context;
    private final RequestValidator validator;
    private final Admission admission;
    private final Map<ChargingSessionId, EngineSession> sessions = new ConcurrentHashMap<ChargingSessionId, EngineSession>();
    private final AtomicLong counter = new AtomicLong();
    private final EffectRunner runner;

    public ChargingEngine(SlaConfig sla, RoClientPort port, EngineListener listener, Clock clock, Scheduler scheduler,
            String nodeId) {
        this.sla = Objects.requireNonNull(sla, "sla");
        this.port = Objects.requireNonNull(port, "port");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
        this.context = new SessionContext(sla, clock, scheduler, port, this.nodeId, this);
        this.validator = new RequestValidator(sla);
        this.admission = new Admission(sla, clock);
        this.runner = new EffectRunner(sla, port, listener, scheduler, sessions);
    }

    /** Maps an address to a Subscription-Id; the RA calls it when translating a SLEE Address. */
    public static ChargedUser user(ChargedUser.Type type, String address) throws InvalidUserException {
        try {
            return ChargedUser.of(type, address);
        } catch (IllegalArgumentException e) {
            throw new InvalidUserException(e.getMessage());
        } catch (NullPointerException e) {
            throw new InvalidUserException("user " + e.getMessage() + " is missing");
        }
    }

    public ChargingSessionId createSession(String description, MerchantAccount merchant, ChargedUser user,
            CorrelationId correlationId) throws InvalidAccountException, InvalidUserException, TaskRefusedException {
        Objects.requireNonNull(user, "user");
        List<ChargedUser> users = new ArrayList<ChargedUser>();
        users.add(user);
        return create(description, merchant, users, correlationId);
    }

    public ChargingSessionId createSplitSession(String description, MerchantAccount merchant, List<ChargedUser> users,
            CorrelationId correlationId) throws InvalidAccountException, InvalidUserException, TaskRefusedException,
            MethodNotSupportedException {
        if (!sla.splitCharging()) {
            throw new MethodNotSupportedException("split charging is switched off by the SLA");
        }
        Objects.requireNonNull(users, "users");
        if (users.size() < 2 || users.size() > sla.maxSplitUsers()) {
            throw new InvalidUserException("a split session needs 2 to " + sla.maxSplitUsers() + " users, got " + users.size());
        }
        if (new HashSet<ChargedUser>(users).size() != users.size()) {
            throw new InvalidUserException("users " + users + " name someone twice");
        }
        return create(description, merchant, users, correlationId);
    }

    private ChargingSessionId create(String description, MerchantAccount merchant, List<ChargedUser> users,
            CorrelationId correlationId) throws InvalidAccountException, InvalidUserException, TaskRefusedException {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(correlationId, "correlationId");
        if (merchant == null || !sla.accepts(merchant.merchantId())) {
            throw new InvalidAccountException("merchant account " + merchant + " is not accepted by the SLA");
        }
        List<Leg> legs = new ArrayList<Leg>();
        for (ChargedUser user : users) {
            if (user == null) {
                throw new InvalidUserException("a user of " + users + " is missing");
            }
            legs.add(Leg.closed(user));
        }
        admission.admit(sessions.size());
        // TS 29.198-12 §8.2: the first request number is chosen by the SCF; random so ids are not guessable.
        int first = 1 + ThreadLocalRandom.current().nextInt(1 << 30);
        ChargingSessionId id = ChargingSessionId.of(nodeId + ";" + clock.millis() + ";" + counter.incrementAndGet(), first);
        EngineSession session = new EngineSession(id, context, description, merchant, correlationId, legs,
                new org.sleecharging.ra.engine.request.RequestGate(first));
        sessions.put(id, session);
        listener.onSessionChanged(snapshotOf(session));
        return id;
    }

    public void reserveAmount(ChargingSessionId id, ApplicationDescription description, ChargingParameters parameters,
            Money preferred, Money minimum, int requestNumber) throws ChargingException {
        submit(id, requestNumber, ChargingRequest.reserveAmount(description, parameters, preferred, minimum));
    }

    public void reserveUnit(ChargingSessionId id, ApplicationDescription description, ChargingParameters parameters,
            VolumeSet volumes, int requestNumber) throws ChargingException {
        submit(id, requestNumber, ChargingRequest.reserveUnit(description, parameters, volumes));
    }

    /** DEBIT_AMOUNT or CREDIT_AMOUNT against the reservation. */
    public void chargeAmount(ChargingSessionId id, Operation operation, ApplicationDescription description, Money amount,
            boolean closeReservation, int requestNumber) throws ChargingException {
        requireOneOf(operation, Operation.DEBIT_AMOUNT, Operation.CREDIT_AMOUNT);
        submit(id, requestNumber, ChargingRequest.againstReservation(operation, description, amount, closeReservation));
    }

    /** DEBIT_UNIT or CREDIT_UNIT against the reservation. */
    public void chargeUnit(ChargingSessionId id, Operation operation, ApplicationDescription description,
            VolumeSet volumes, boolean closeReservation, int requestNumber) throws ChargingException {
        requireOneOf(operation, Operation.DEBIT_UNIT, Operation.CREDIT_UNIT);
        submit(id, requestNumber, ChargingRequest.againstReservation(operation, description, volumes, closeReservation));
    }

    /** DIRECT_DEBIT_AMOUNT or DIRECT_CREDIT_AMOUNT. */
    public void directAmount(ChargingSessionId id, Operation operation, ApplicationDescription description,
            ChargingParameters parameters, Money amount, int requestNumber) throws ChargingException {
        requireOneOf(operation, Operation.DIRECT_DEBIT_AMOUNT, Operation.DIRECT_CREDIT_AMOUNT);
        submit(id, requestNumber, ChargingRequest.direct(operation, description, parameters, amount));
    }

    /** DIRECT_DEBIT_UNIT or DIRECT_CREDIT_UNIT. */
    public void directUnit(ChargingSessionId id, Operation operation, ApplicationDescription description,
            ChargingParameters parameters, VolumeSet volumes, int requestNumber) throws ChargingException {
        requireOneOf(operation, Operation.DIRECT_DEBIT_UNIT, Operation.DIRECT_CREDIT_UNIT);
        submit(id, requestNumber, ChargingRequest.direct(operation, description, parameters, volumes));
    }

    private static void requireOneOf(Operation operation, Operation a, Operation b) {
        if (operation != a && operation != b) {
            throw new IllegalArgumentException("operation " + operation + " is neither " + a + " nor " + b);
        }
    }

    private void submit(ChargingSessionId id, int requestNumber, ChargingRequest request) throws ChargingException {
        validator.validate(request);
        EngineSession session = find(id);
        Effects effects;
        synchronized (session) {
            effects = session.submit(requestNumber, request);
            snapshotIfChanged(session, effects);
        }
        run(session, effects);
    }

    public void extendLifeTime(ChargingSessionId id) throws InvalidSessionIdException, TaskRefusedException {
        EngineSession session = find(id);
        Effects effects;
        synchronized (session) {
            effects = session.extendLifeTime();
            snapshotIfChanged(session, effects);
        }
        run(session, effects);
    }

    /** rateReq: a PRICE_ENQUIRY for the first user (RFC 4006 §8.41); one at a time. */
    public void rate(ChargingSessionId id, ChargingParameters parameters) throws InvalidSessionIdException,
            TaskRefusedException {
        Objects.requireNonNull(parameters, "parameters");
        EngineSession session = find(id);
        Effects effects = new Effects();
        synchronized (session) {
            session.requireLive();
            session.requireAllowed(SessionEvent.RATED);
            if (session.rating != null) {
                throw new TaskRefusedException("a rateReq of session " + id + " is still outstanding");
            }
            RoRequest enquiry = RoRequest.builder(port.newSessionId(), RequestType.EVENT, 0, session.legs.get(0).user())
                    .requestedAction(RequestedAction.PRICE_ENQUIRY)
                    .requested(ServiceUnits.of(VolumeSet.of(sla.ratingVolume()))).parameters(parameters)
                    .route(session.failover.route()).build();
            List<RoRequest> requests = new ArrayList<RoRequest>();
            requests.add(enquiry);
            session.rating = new RoExchange(RoExchange.Kind.RATE, 0, null, requests);
            effects.exchanges.add(session.rating);
        }
        run(session, effects);
    }

    /** §8.3 release: frees every reservation, reports usage in CCR-TERMINATION and ends the session. */
    public void release(ChargingSessionId id, int requestNumber) throws InvalidSessionIdException,
            InvalidRequestNumberException {
        EngineSession session = find(id);
        Effects effects;
        synchronized (session) {
            session.requireLive();
            if (requestNumber != session.gate.nextNumber()) {
                throw new InvalidRequestNumberException("release carries request number " + requestNumber
                        + ", expected " + session.gate.nextNumber());
            }
            effects = session.end(SessionEvent.RELEASED);
        }
        run(session, effects);
    }

    public Money amountLeft(ChargingSessionId id) throws InvalidSessionIdException, TaskRefusedException {
        EngineSession session = find(id);
        synchronized (session) {
            session.requireLive();
            if (session.state != SessionState.AMOUNT_RESERVED) {
                throw new TaskRefusedException("session " + id + " holds no amount reservation (state " + session.state + ")");
            }
            return session.amountBook.left();
        }
    }

    public VolumeSet unitLeft(ChargingSessionId id) throws InvalidSessionIdException, TaskRefusedException {
        EngineSession session = find(id);
        synchronized (session) {
            session.requireLive();
            if (session.state != SessionState.VOLUME_RESERVED) {
                throw new TaskRefusedException("session " + id + " holds no unit reservation (state " + session.state + ")");
            }
            return session.unitBook.left();
        }
    }

    public Duration lifeTimeLeft(ChargingSessionId id) throws InvalidSessionIdException, TaskRefusedException {
        EngineSession session = find(id);
        synchronized (session) {
            session.requireLive();
            if (!session.state.holdsReservation()) {
                throw new TaskRefusedException("session " + id + " holds no reservation, so no lifetime (state "
                        + session.state + ")");
            }
            return session.lifeTimeLeft();
        }
    }

    public int nextRequestNumber(ChargingSessionId id) throws InvalidSessionIdException {
        EngineSession session = find(id);
        synchronized (session) {
            return session.gate.nextNumber();
        }
    }

    public SessionState state(ChargingSessionId id) throws InvalidSessionIdException {
        EngineSession session = find(id);
        synchronized (session) {
            return session.state;
        }
    }

    public boolean isLive(ChargingSessionId id) {
        return sessions.containsKey(id);
    }

    public int liveSessions() {
        return sessions.size();
    }

    public SessionSnapshot snapshot(ChargingSessionId id) throws InvalidSessionIdException {
        return snapshotOf(find(id));
    }

    /**
     * Recreates a session from a replicated snapshot (DESIGN.md "Recreate"); returns the live one if
     * this node already has it. A request that was outstanding when the snapshot was taken is
     * answered with an Err (P_CHS_ERR_UNDEFINED) rather than re-sent, so it cannot charge twice.
     */
    public ChargingSessionId restore(SessionSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        if (sessions.containsKey(snapshot.sessionId)) {
            return snapshot.sessionId;
        }
        EngineSession session = SessionRestorer.restore(snapshot, context);
        sessions.put(session.id, session);
        SessionSnapshot owned;
        synchronized (session) {
            session.registerOpenLegs();
            if (session.state.holdsReservation() && session.expiry != null) {
                session.scheduleExpiry();
            }
            owned = session.snapshot();
        }
        // Replicated at once with this node as owner: the old node's timers then leave the session alone.
        listener.onSessionChanged(owned);
        return session.id;
    }

    /**
     * Drops this node's copy of a session another node took over and ended (DESIGN.md "Recreate"):
     * timers are cancelled, outstanding answers ignored, and no CCR is sent and no event fired.
     * False if the session is not live here.
     */
    public boolean forget(ChargingSessionId id) {
        EngineSession session = sessions.remove(Objects.requireNonNull(id, "session id"));
        if (session == null) {
            return false;
        }
        synchronized (session) {
            if (!session.state.isTerminal()) {
                session.end(SessionEvent.RELEASED); // its effects (CCR-T) are the other node's to send
            }
        }
        return true;
    }

    /** An OCS RAR for this Ro session (RFC 4006 §5.5): tells the SBB. False if no live session has it. */
    public boolean onReauthRequest(String roSessionId, Long ratingGroup, Long serviceIdentifier) {
        EngineSession session = byRoSession(roSessionId);
        if (session == null) {
            return false;
        }
        Effects effects = new Effects();
        synchronized (session) {
            ChargedUser user = userOf(session, roSessionId);
            session.reauthorising(roSessionId, ReportingReason.FORCED_REAUTHORISATION);
            // The reason the next CCR-UPDATE reports is session state: replicated, so a recreated session reports it.
            effects.event(new ReauthRequest(session.id, user == null ? null : user.address(), ratingGroup, serviceIdentifier));
            snapshotIfChanged(session, effects);
        }
        run(session, effects);
        return true;
    }

    /** An OCS ASR for this Ro session (RFC 4006 §5.6): ends the whole session. False if unknown. */
    public boolean onAbort(String roSessionId, String reason) {
        EngineSession session = byRoSession(roSessionId);
        if (session == null) {
            return false;
        }
        Effects effects;
        synchronized (session) {
            if (session.state.isTerminal()) {
                return false;
            }
            ChargedUser user = userOf(session, roSessionId);
            effects = session.end(SessionEvent.ABORTED);
            effects.event(new SessionAborted(session.id, session.legs.size() > 1 && user != null ? user.address() : null,
                    reason));
        }
        run(session, effects);
        return true;
    }

    /**
     * A timer of this node's copy fired, but another node has recreated the session since (its
     * snapshot names another owner): the copy is dropped here without a CCR or an event, so the
     * session is neither ended nor reported twice. False if this node still runs it.
     */
    private boolean droppedIfTakenOver(EngineSession session) {
        String owner = listener.replicatedOwner(session.id);
        if (owner == null || owner.equals(nodeId) || !forget(session.id)) {
            return false;
        }
        listener.onSessionTakenOver(session.id);
        return true;
    }

    void validityElapsed(EngineSession session) {
        if (droppedIfTakenOver(session)) {
            return;
        }
        Effects effects = new Effects();
        synchronized (session) {
            session.validityTimer = null;
            if (!session.state.holdsReservation()) {
                return;
            }
            session.reauthorising(null, ReportingReason.VALIDITY_TIME);
            effects.event(new ReauthRequest(session.id, ReauthCause.VALIDITY_TIME, null, null, null));
            snapshotIfChanged(session, effects);
        }
        run(session, effects);
    }

    void expire(EngineSession session) {
        if (droppedIfTakenOver(session)) {
            return;
        }
        Effects effects;
        synchronized (session) {
            if (!session.state.holdsReservation() || session.expiry == null) {
                return;
            }
            if (clock.instant().isBefore(session.expiry)) {
                session.scheduleExpiry(); // a timer from before an extension
                return;
            }
            effects = session.end(SessionEvent.LIFETIME_EXPIRED);
            effects.event(new SessionEnded(session.id, SessionEndedCause.TIMER_EXPIRED));
        }
        run(session, effects);
    }

    private EngineSession byRoSession(String roSessionId) {
        return context.byRoSession.get(roSessionId);
    }

    private static ChargedUser userOf(EngineSession session, String roSessionId) {
        for (Leg leg : session.legs) {
            if (roSessionId.equals(leg.roSessionId())) {
                return leg.user();
            }
        }
        return null;
    }

    private EngineSession find(ChargingSessionId id) throws InvalidSessionIdException {
        Objects.requireNonNull(id, "session id");
        EngineSession session = sessions.get(id);
        if (session == null) {
            throw new InvalidSessionIdException("no live charging session " + id + " on node " + nodeId);
        }
        return session;
    }

    private static SessionSnapshot snapshotOf(EngineSession session) {
        synchronized (session) {
            return session.snapshot();
        }
    }

    static void snapshotIfChanged(EngineSession session, Effects effects) {
        if (effects.changed && !effects.ended && !session.state.isTerminal()) {
            effects.snapshot = session.snapshot();
        }
    }

    private void run(EngineSession session, Effects effects) {
        runner.run(session, effects);
    }
}
