package org.sleecharging.servicedu.stub;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TimerTask;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.slee.Address;
import javax.slee.EventTypeID;
import javax.slee.UnrecognizedEventException;
import javax.slee.resource.ActivityHandle;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.FailureReason;
import javax.slee.resource.FireableEventType;
import javax.slee.resource.Marshaler;
import javax.slee.resource.ReceivableService;
import javax.slee.resource.ResourceAdaptor;
import javax.slee.resource.ResourceAdaptorContext;

import org.sleecharging.events.ChargingEvent;
import org.sleecharging.events.ReauthRequest;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.CorrelationId;
import org.sleecharging.events.value.MerchantAccount;
import org.sleecharging.events.value.ReauthCause;
import org.sleecharging.ratype.ChargingProvider;
import org.sleecharging.ratype.ChargingSessionActivity;
import org.sleecharging.ratype.InvalidSessionIdException;
import org.sleecharging.ratype.MethodNotSupportedException;

/**
 * An in-memory stand-in for the charging RA (same RA type), unit operations only, so that the
 * feature services can run in the embedded container without an OCS. Scripted by subscriber
 * number: {@link #DENIED} is refused everything (4012), {@link #SHORT} gets one second at first and
 * is refused any further reservation, {@link #BRIEF}'s grants are valid two seconds (the end of
 * which, like the real RA at the end of a Ro Validity-Time, it reports as a re-auth request);
 * everyone gets what they ask for within a five-minute reservation lifetime that
 * extendLifeTimeReq renews. Every operation is
 * written to a ledger the test reads through {@link Supplier} (a JDK type, so it crosses the DU's
 * class loader); {@link Consumer#accept} plays an OCS re-auth request (RFC 4006 §5.5 RAR) on every
 * live session of a subscriber. Events are fired and activities started and ended transacted, as a real RA
 * answering later would never race the SBB's transaction.
 */
public final class UnitStubRa implements ResourceAdaptor, ChargingProvider, Supplier<List<String>>, Consumer<String> {
    public static final String DENIED = "491700000003";
    public static final String SHORT = "491700000004";
    public static final String BRIEF = "491700000005";

    private static final String VENDOR = "org.sleecharging";
    private static final String VERSION = "1.0";

    private final Map<ChargingSessionId, UnitStubSession> sessions = new ConcurrentHashMap<>();
    private final List<String> ledger = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger ids = new AtomicInteger();
    private ResourceAdaptorContext context;

    @Override
    public ChargingSessionActivity createChargingSession(String description, MerchantAccount merchantAccount,
            Address user, CorrelationId correlationId) {
        UnitStubSession s = new UnitStubSession(this, ChargingSessionId.of("stub-" + ids.incrementAndGet(), 1),
                user.getAddressString());
        try {
            context.getSleeEndpoint().startActivityTransacted(s, s);
        } catch (javax.slee.resource.StartActivityException e) {
            throw new IllegalStateException("the SLEE refused the activity of " + s, e);
        }
        sessions.put(s.getSessionId(), s);
        return s;
    }

    @Override
    public ChargingSessionActivity createSplitChargingSession(String description, MerchantAccount merchantAccount,
            List<Address> users, CorrelationId correlationId) throws MethodNotSupportedException {
        throw new MethodNotSupportedException("the unit stub RA does not split");
    }

    @Override
    public ChargingSessionActivity recreateChargingSession(ChargingSessionId sessionId)
            throws InvalidSessionIdException {
        throw new InvalidSessionIdException("the unit stub RA replicates nothing: " + sessionId);
    }

    @Override
    public ChargingSessionActivity getChargingSession(ChargingSessionId sessionId) throws InvalidSessionIdException {
        UnitStubSession s = sessions.get(sessionId);
        if (s == null) {
            throw new InvalidSessionIdException("no live session " + sessionId);
        }
        return s;
    }

    void record(String user, String entry) {
        ledger.add(user + " " + entry);
    }

    void fire(UnitStubSession session, ChargingEvent event) {
        String name = "org.sleecharging.charging." + event.getClass().getSimpleName();
        try {
            FireableEventType type = context.getEventLookupFacility()
                    .getFireableEventType(new EventTypeID(name, VENDOR, VERSION));
            context.getSleeEndpoint().fireEventTransacted(session, type, event, null, null);
        } catch (UnrecognizedEventException | javax.slee.resource.FireEventException
                | javax.slee.resource.ActivityIsEndingException
                | javax.slee.resource.UnrecognizedActivityHandleException e) {
            throw new IllegalStateException("firing " + event + " failed", e);
        }
    }

    /** Fires a re-auth request on every live session of {@code user} (outside any transaction, as the network would). */
    @Override
    public void accept(String user) {
        for (UnitStubSession s : sessions.values()) {
            if (s.user().equals(user)) {
                record(user, "RAR");
                reauth(s, ReauthCause.OCS_REQUEST, user);
            }
        }
    }

    /** The grant's validity ends after {@code validity}: a re-auth request on the session if it still lives. */
    void reauthAfter(UnitStubSession session, Duration validity) {
        context.getTimer().schedule(new TimerTask() {
            @Override
            public void run() {
                if (sessions.get(session.getSessionId()) == session) {
                    record(session.user(), "VALIDITY_END");
                    reauth(session, ReauthCause.VALIDITY_TIME, null);
                }
            }
        }, validity.toMillis());
    }

    private void reauth(UnitStubSession s, ReauthCause cause, String user) {
        try {
            FireableEventType type = context.getEventLookupFacility().getFireableEventType(
                    new EventTypeID("org.sleecharging.charging.ReauthRequest", VENDOR, VERSION));
            context.getSleeEndpoint().fireEvent(s, type, new ReauthRequest(s.getSessionId(), cause, user, null, null),
                    null, null);
        } catch (UnrecognizedEventException | javax.slee.resource.FireEventException
                | javax.slee.resource.ActivityIsEndingException
                | javax.slee.resource.UnrecognizedActivityHandleException e) {
            throw new IllegalStateException("firing a re-auth request on " + s + " failed", e);
        }
    }

    void end(UnitStubSession session) {
        sessions.remove(session.getSessionId());
        context.getSleeEndpoint().endActivityTransacted(session);
    }

    /** The ledger so far: one line per operation, {@code <user> <OPERATION> <volumes>}. */
    @Override
    public List<String> get() {
        synchronized (ledger) {
            return new ArrayList<>(ledger);
        }
    }

    @Override
    public void setResourceAdaptorContext(ResourceAdaptorContext context) {
        this.context = context;
    }

    @Override
    public void unsetResourceAdaptorContext() {
        context = null;
    }

    @Override
    public void raConfigure(ConfigProperties properties) {
    }

    @Override
    public void raUnconfigure() {
    }

    @Override
    public void raActive() {
    }

    @Override
    public void raStopping() {
        sessions.values().forEach(context.getSleeEndpoint()::endActivity);
    }

    @Override
    public void raInactive() {
    }

    @Override
    public void raVerifyConfiguration(ConfigProperties properties) {
    }

    @Override
    public void raConfigurationUpdate(ConfigProperties properties) {
    }

    @Override
    public Object getResourceAdaptorInterface(String className) {
        return this;
    }

    @Override
    public Marshaler getMarshaler() {
        return null;
    }

    @Override
    public void serviceActive(ReceivableService service) {
    }

    @Override
    public void serviceStopping(ReceivableService service) {
    }

    @Override
    public void serviceInactive(ReceivableService service) {
    }

    @Override
    public void queryLiveness(ActivityHandle handle) {
    }

    @Override
    public Object getActivity(ActivityHandle handle) {
        return handle;
    }

    @Override
    public ActivityHandle getActivityHandle(Object activity) {
        return activity instanceof UnitStubSession ? (UnitStubSession) activity : null;
    }

    @Override
    public void administrativeRemove(ActivityHandle handle) {
        activityEnded(handle);
    }

    @Override
    public void eventProcessingSuccessful(ActivityHandle handle, FireableEventType type, Object event,
            Address address, ReceivableService service, int flags) {
    }

    @Override
    public void eventProcessingFailed(ActivityHandle handle, FireableEventType type, Object event,
            Address address, ReceivableService service, int flags, FailureReason reason) {
    }

    @Override
    public void eventUnreferenced(ActivityHandle handle, FireableEventType type, Object event,
            Address address, ReceivableService service, int flags) {
    }

    @Override
    public void activityEnded(ActivityHandle handle) {
        sessions.values().remove(handle);
    }

    @Override
    public void activityUnreferenced(ActivityHandle handle) {
    }
}
