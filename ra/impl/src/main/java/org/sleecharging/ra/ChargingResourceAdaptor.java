package org.sleecharging.ra;

import javax.slee.Address;
import javax.slee.resource.ActivityHandle;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.FailureReason;
import javax.slee.resource.FireableEventType;
import javax.slee.resource.InvalidConfigurationException;
import javax.slee.resource.Marshaler;
import javax.slee.resource.ReceivableService;
import javax.slee.resource.ResourceAdaptorContext;

import org.mobicents.slee.resource.cluster.FaultTolerantResourceAdaptor;
import org.mobicents.slee.resource.cluster.FaultTolerantResourceAdaptorContext;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.ra.engine.SessionSnapshot;
import org.sleecharging.ra.internal.slee.ChargingRaCore;
import org.sleecharging.ra.internal.slee.RaEnvironment;
import org.sleecharging.ratype.ChargingProvider;

/**
 * The charging resource adaptor (JAIN SLEE 1.1 ch. 15, resource-adaptor-jar.xml): charging
 * sessions as activities over Diameter Ro. A thin translator onto {@link ChargingRaCore}. As a
 * Restcomm {@link FaultTolerantResourceAdaptor} it keeps every session's snapshot in the replicated
 * data, keyed by its {@link ChargingSessionId}, so any node can recreate it.
 */
public final class ChargingResourceAdaptor
        implements FaultTolerantResourceAdaptor<ChargingSessionId, SessionSnapshot> {

    private final ChargingRaCore core;

    /** Used by the SLEE: jDiameter transport, executor timers, system clock. */
    public ChargingResourceAdaptor() {
        this(RaEnvironment.PRODUCTION);
    }

    /** Used by tests to substitute the transport, timers and clock. */
    public ChargingResourceAdaptor(RaEnvironment environment) {
        this.core = new ChargingRaCore(environment);
    }

    @Override
    public void setResourceAdaptorContext(ResourceAdaptorContext context) {
        core.setContext(context);
    }

    @Override
    public void unsetResourceAdaptorContext() {
        core.unsetContext();
    }

    @Override
    public void setFaultTolerantResourceAdaptorContext(
            FaultTolerantResourceAdaptorContext<ChargingSessionId, SessionSnapshot> context) {
        core.setFaultTolerantContext(context);
    }

    @Override
    public void unsetFaultTolerantResourceAdaptorContext() {
        core.unsetFaultTolerantContext();
    }

    @Override
    public void raVerifyConfiguration(ConfigProperties properties) throws InvalidConfigurationException {
        core.verify(properties);
    }

    @Override
    public void raConfigure(ConfigProperties properties) {
        core.configure(properties);
    }

    @Override
    public void raConfigurationUpdate(ConfigProperties properties) {
        core.configure(properties);
    }

    @Override
    public void raUnconfigure() {
        core.unconfigure();
    }

    @Override
    public void raActive() {
        core.active();
    }

    @Override
    public void raStopping() {
        core.stopping();
    }

    @Override
    public void raInactive() {
        core.inactive();
    }

    /** The one SBB interface of the RA type, {@link ChargingProvider}; null for any other name. */
    @Override
    public Object getResourceAdaptorInterface(String className) {
        return ChargingProvider.class.getName().equals(className) ? core.provider() : null;
    }

    /** Events and handles are not marshalled: the SLEE keeps them in memory. */
    @Override
    public Marshaler getMarshaler() {
        return null;
    }

    /** Every service gets every event; the RA does not filter by service. */
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
        core.queryLiveness(handle);
    }

    @Override
    public Object getActivity(ActivityHandle handle) {
        return core.activity(handle);
    }

    @Override
    public ActivityHandle getActivityHandle(Object activity) {
        return core.handle(activity);
    }

    @Override
    public void administrativeRemove(ActivityHandle handle) {
        core.administrativeRemove(handle);
    }

    /** Not requested (events are fired without the success callback flag). */
    @Override
    public void eventProcessingSuccessful(ActivityHandle handle, FireableEventType eventType, Object event,
            Address address, ReceivableService service, int flags) {
    }

    @Override
    public void eventProcessingFailed(ActivityHandle handle, FireableEventType eventType, Object event,
            Address address, ReceivableService service, int flags, FailureReason reason) {
        core.eventProcessingFailed(handle, event, reason);
    }

    /** Not requested: events hold no resources the RA must free. */
    @Override
    public void eventUnreferenced(ActivityHandle handle, FireableEventType eventType, Object event, Address address,
            ReceivableService service, int flags) {
    }

    @Override
    public void activityEnded(ActivityHandle handle) {
        core.activityEnded(handle);
    }

    @Override
    public void activityUnreferenced(ActivityHandle handle) {
        core.activityUnreferenced(handle);
    }

    @Override
    public void failOver(ChargingSessionId key) {
        core.failOver(key);
    }

    @Override
    public void dataRemoved(ChargingSessionId key) {
        core.dataRemoved(key);
    }
}
