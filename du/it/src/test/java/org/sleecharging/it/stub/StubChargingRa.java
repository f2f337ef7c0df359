package org.sleecharging.it.stub;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import javax.slee.Address;
import javax.slee.EventTypeID;
import javax.slee.UnrecognizedEventException;
import javax.slee.resource.ActivityFlags;
import javax.slee.resource.ActivityHandle;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.EventFlags;
import javax.slee.resource.FailureReason;
import javax.slee.resource.FireableEventType;
import javax.slee.resource.Marshaler;
import javax.slee.resource.ReceivableService;
import javax.slee.resource.ResourceAdaptor;
import javax.slee.resource.ResourceAdaptorContext;
import javax.slee.resource.SleeEndpoint;
import org.sleecharging.events.ChargingEvent;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.CorrelationId;
import org.sleecharging.events.value.MerchantAccount;
import org.sleecharging.ratype.ChargingProvider;
import org.sleecharging.ratype.ChargingSessionActivity;
import org.sleecharging.ratype.InvalidSessionIdException;
import org.sleecharging.ratype.MethodNotSupportedException;

/**
 * A stand-in for the charging RA with the same RA type, used only to test the probe kit itself
 * (ProbeHarnessIT): sessions live in memory, amount reservations are granted in full at once,
 * nothing goes to an OCS.
 */
public final class StubChargingRa implements ResourceAdaptor, ChargingProvider, IntSupplier {

    private static final String VENDOR = "org.sleecharging";
    private static final String VERSION = "1.0";

    private final Map<ChargingSessionId, StubSession> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private ResourceAdaptorContext context;

    @Override
    public ChargingSessionActivity createChargingSession(String description, MerchantAccount merchantAccount,
            Address user, CorrelationId correlationId) {
        StubSession s = new StubSession(this, ChargingSessionId.of("stub-" + ids.incrementAndGet(), 1));
        try {
            context.getSleeEndpoint().startActivity(s, s, ActivityFlags.NO_FLAGS);
        } catch (javax.slee.resource.StartActivityException e) {
            throw new IllegalStateException("the SLEE refused the activity of " + s, e);
        }
        sessions.put(s.getSessionId(), s);
        return s;
    }

    @Override
    public ChargingSessionActivity createSplitChargingSession(String description, MerchantAccount merchantAccount,
            List<Address> users, CorrelationId correlationId) throws MethodNotSupportedException {
        throw new MethodNotSupportedException("the stub RA does not split");
    }

    @Override
    public ChargingSessionActivity recreateChargingSession(ChargingSessionId sessionId)
            throws InvalidSessionIdException {
        throw new InvalidSessionIdException("the stub RA replicates nothing: " + sessionId);
    }

    @Override
    public ChargingSessionActivity getChargingSession(ChargingSessionId sessionId) throws InvalidSessionIdException {
        StubSession s = sessions.get(sessionId);
        if (s == null) {
            throw new InvalidSessionIdException("no live session " + sessionId);
        }
        return s;
    }

    void fire(StubSession session, ChargingEvent event) {
        String name = "org.sleecharging.charging." + event.getClass().getSimpleName();
        try {
            FireableEventType type = context.getEventLookupFacility()
                    .getFireableEventType(new EventTypeID(name, VENDOR, VERSION));
            context.getSleeEndpoint().fireEvent(session, type, event, null, null, EventFlags.NO_FLAGS);
        } catch (UnrecognizedEventException | javax.slee.resource.FireEventException
                | javax.slee.resource.ActivityIsEndingException
                | javax.slee.resource.UnrecognizedActivityHandleException e) {
            throw new IllegalStateException("firing " + event + " failed", e);
        }
    }

    /** Released sessions are gone at once, though their activity ends asynchronously. */
    void end(StubSession session) {
        sessions.remove(session.getSessionId());
        context.getSleeEndpoint().endActivity(session);
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
        SleeEndpoint endpoint = context.getSleeEndpoint();
        sessions.values().forEach(endpoint::endActivity);
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
        return activity instanceof StubSession ? (StubSession) activity : null;
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

    /** Sessions not yet ended (a JDK interface, so the test can ask across class loaders). */
    @Override
    public int getAsInt() {
        return sessions.size();
    }
}
