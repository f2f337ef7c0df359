package org.sleecharging.ra.internal.slee;

import java.util.concurrent.atomic.AtomicReference;

import javax.slee.resource.ActivityHandle;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.FailureReason;
import javax.slee.resource.InvalidConfigurationException;
import javax.slee.resource.ResourceAdaptorContext;

import org.mobicents.slee.resource.cluster.FaultTolerantResourceAdaptorContext;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.ra.engine.ChargingEngine;
import org.sleecharging.ra.engine.SessionSnapshot;
import org.sleecharging.ratype.ChargingProvider;
import org.sleecharging.ratype.InvalidSessionIdException;
import org.sleecharging.ratype.TaskRefusedException;

/**
 * Everything the charging RA does, behind the thin {@code ChargingResourceAdaptor}: lifecycle
 * (JSLEE 1.1 §15.2), activities (§15.3), the SBB interface and the fault tolerant replicated data.
 * Lifecycle calls come from the SLEE one at a time; SBB calls and engine callbacks run concurrently
 * and see the running entity through an atomic reference.
 */
public final class ChargingRaCore implements EngineAccess {

    private final RaEnvironment environment;
    private final ActivityRegistry activities = new ActivityRegistry();
    private final ChargingProviderImpl provider = new ChargingProviderImpl(this);
    private final AtomicReference<RunningEntity> running = new AtomicReference<RunningEntity>();
    private volatile SleeFacilities slee;
    private volatile Replication replication = Replication.none();
    private volatile RaConfig config;

    public ChargingRaCore(RaEnvironment environment) {
        this.environment = environment;
    }

    public void setContext(ResourceAdaptorContext context) {
        this.slee = SleeFacilities.of(context);
    }

    public void unsetContext() {
        this.slee = null;
    }

    public void setFaultTolerantContext(FaultTolerantResourceAdaptorContext<ChargingSessionId, SessionSnapshot> context) {
        this.replication = Replication.of(context);
    }

    public void unsetFaultTolerantContext() {
        this.replication = Replication.none();
    }

    /** Parses without keeping anything (JSLEE 1.1 §15.4.1). */
    public void verify(ConfigProperties properties) throws InvalidConfigurationException {
        ConfigParser.parse(properties);
    }

    /**
     * raConfigure and raConfigurationUpdate: the properties were verified. The descriptor does not
     * support active reconfiguration, so a new configuration takes effect at the next raActive.
     */
    public void configure(ConfigProperties properties) {
        try {
            this.config = ConfigParser.parse(properties);
        } catch (InvalidConfigurationException e) {
            throw new IllegalStateException("the SLEE passed configuration properties that raVerifyConfiguration refuses: "
                    + e.getMessage(), e);
        }
    }

    public void unconfigure() {
        this.config = null;
    }

    /** raActive: starts transport and engine; a failure propagates to the SLEE, which keeps the entity inactive. */
    public void active() {
        RaConfig current = config;
        if (current == null) {
            throw new IllegalStateException("raActive before raConfigure");
        }
        if (running.get() != null) {
            throw new IllegalStateException("RA entity " + slee.entityName + " is already active");
        }
        running.set(RunningEntity.start(current, slee, environment, activities, replication));
    }

    /**
     * raStopping: every live session is released (usage reported, activity ended), so the SLEE can
     * move the entity to INACTIVE once the activities are gone (JSLEE 1.1 §15.2.1.3).
     */
    public void stopping() {
        RunningEntity entity = running.get();
        if (entity == null) {
            return;
        }
        for (ChargingActivityHandle handle : activities.handles()) {
            ChargingSessionActivityImpl activity = activities.get(handle);
            if (activity != null && !entity.release(activity.getSessionId(), "RA entity stopping")) {
                activities.end(slee.endpoint, handle);
            }
        }
    }

    /** raInactive: the transport and timers are closed; no activity is left. */
    public void inactive() {
        RunningEntity entity = running.getAndSet(null);
        activities.clear();
        if (entity != null) {
            entity.close();
        }
    }

    public ChargingProvider provider() {
        return provider;
    }

    /** getActivity: null for a handle this entity does not know. */
    public Object activity(ActivityHandle handle) {
        return handle instanceof ChargingActivityHandle ? activities.get((ChargingActivityHandle) handle) : null;
    }

    /** getActivityHandle: null for an object that is not one of this entity's activities. */
    public ActivityHandle handle(Object activity) {
        if (!(activity instanceof ChargingSessionActivityImpl)) {
            return null;
        }
        ChargingActivityHandle handle = ((ChargingSessionActivityImpl) activity).handle();
        return activities.get(handle) == activity ? handle : null;
    }

    /** queryLiveness: an activity whose engine session is gone is ended (JSLEE 1.1 §15.3.3). */
    public void queryLiveness(ActivityHandle handle) {
        if (!(handle instanceof ChargingActivityHandle)) {
            return;
        }
        ChargingSessionActivityImpl activity = activities.get((ChargingActivityHandle) handle);
        RunningEntity entity = running.get();
        if (activity == null || entity == null || !entity.engine().isLive(activity.getSessionId())) {
            slee.tracer.fine("activity " + handle + " has no live charging session: ending it");
            activities.end(slee.endpoint, (ChargingActivityHandle) handle);
        }
    }

    /** administrativeRemove: the SLEE removed the activity, so the session is released. */
    public void administrativeRemove(ActivityHandle handle) {
        if (handle instanceof ChargingActivityHandle) {
            ChargingSessionActivityImpl activity = activities.ended((ChargingActivityHandle) handle);
            if (activity != null) {
                release(activity.getSessionId(), "activity removed by the administrator");
            }
        }
    }

    /** activityUnreferenced: no SBB can hear the session's events any more, so it is released. */
    public void activityUnreferenced(ActivityHandle handle) {
        releaseSessionOf(handle, "no SBB is attached to its activity");
    }

    /** activityEnded: forgets the activity; a session still live (e.g. ended by the SLEE) is released. */
    public void activityEnded(ActivityHandle handle) {
        if (handle instanceof ChargingActivityHandle) {
            ChargingSessionActivityImpl activity = activities.ended((ChargingActivityHandle) handle);
            if (activity != null) {
                release(activity.getSessionId(), "its activity ended");
            }
        }
    }

    /** An event no SBB processed (we ask for this callback only): traced, the session goes on. */
    public void eventProcessingFailed(ActivityHandle handle, Object event, FailureReason reason) {
        slee.tracer.warning("event " + event + " on " + handle + " was not processed: " + reason);
    }

    /**
     * Another node removed a session's replicated data: it took the session over and ended it
     * there. A copy still live on this entity is dropped without a CCR (the other node reported the
     * usage) and its activity ends, so the session cannot be charged twice from here.
     */
    public void dataRemoved(ChargingSessionId id) {
        RunningEntity entity = running.get();
        if (entity == null || !entity.engine().forget(id)) {
            slee.tracer.fine("replicated charging session " + id + " ended on another node");
            return;
        }
        slee.tracer.info("charging session " + id + " was taken over and ended on another node: local copy dropped");
        ChargingActivityHandle handle = ChargingActivityHandle.of(id);
        if (activities.get(handle) != null) {
            activities.end(slee.endpoint, handle);
        }
    }

    /**
     * Restcomm's failOver callback, for ReplicatedDataWithFailover, which this RA does not use:
     * sessions are taken over on demand by recreateChargingSession.
     */
    public void failOver(ChargingSessionId id) {
        slee.tracer.fine("failover of charging session " + id + " left to recreateChargingSession");
    }

    @Override
    public ChargingEngine engine() throws TaskRefusedException {
        RunningEntity entity = running.get();
        if (entity == null) {
            throw new TaskRefusedException("the charging RA entity is not active");
        }
        return entity.engine();
    }

    @Override
    public ChargingEngine engineFor(ChargingSessionId sessionId) throws InvalidSessionIdException {
        RunningEntity entity = running.get();
        if (entity == null) {
            throw new InvalidSessionIdException("charging session " + sessionId + ": the RA entity is not active");
        }
        return entity.engine();
    }

    ActivityRegistry activities() {
        return activities;
    }

    Replication replication() {
        return replication;
    }

    ChargingSessionActivityImpl startActivity(ChargingSessionId id) {
        return activities.start(slee.endpoint, slee.transactions, id, this);
    }

    void release(ChargingSessionId id, String why) {
        RunningEntity entity = running.get();
        if (entity != null) {
            entity.release(id, why);
        }
    }

    private void releaseSessionOf(ActivityHandle handle, String why) {
        if (handle instanceof ChargingActivityHandle) {
            ChargingSessionActivityImpl activity = activities.get((ChargingActivityHandle) handle);
            if (activity != null) {
                release(activity.getSessionId(), why);
            }
        }
    }
}
