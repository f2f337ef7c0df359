package org.sleecharging.ra.internal.slee;

import java.time.Duration;
import java.util.UUID;

import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.ra.engine.ChargingEngine;
import org.sleecharging.ra.engine.ro.RoTransport;
import org.sleecharging.ratype.InvalidRequestNumberException;
import org.sleecharging.ratype.InvalidSessionIdException;

/**
 * An active RA entity (JSLEE 1.1 §15.2, raActive to raInactive): its Ro transport, timers and
 * charging engine. Built by {@link #start}, torn down by {@link #close}.
 */
final class RunningEntity {

    private final SleeFacilities slee;
    private final RaEnvironment.ClosableScheduler scheduler;
    private final CountingRoTransport transport;
    private final ChargingEngine engine;
    private final Duration txTimer;
    private final NetworkEvents network;

    private RunningEntity(SleeFacilities slee, RaEnvironment.ClosableScheduler scheduler,
            CountingRoTransport transport, ChargingEngine engine, Duration txTimer, NetworkEvents network) {
        this.slee = slee;
        this.network = network;
        this.scheduler = scheduler;
        this.transport = transport;
        this.engine = engine;
        this.txTimer = txTimer;
    }

    /**
     * Looks up the event types, starts the timers and the transport, and builds the engine. Any
     * failure propagates (STYLE.md lesson 6) after what was started is released.
     */
    static RunningEntity start(final RaConfig config, SleeFacilities slee, final RaEnvironment environment,
            ActivityRegistry activities, Replication replication) {
        EventTypes types = EventTypes.lookUp(slee.eventLookup);
        final NetworkEvents network = new NetworkEvents(slee, config.ro());
        RaEnvironment.ClosableScheduler scheduler = environment.newScheduler(slee.entityName);
        CountingRoTransport transport;
        try {
            final ClassLoader raLoader = RunningEntity.class.getClassLoader();
            RoTransport started = RaClassLoaderTransport.withLoader(raLoader, new RaClassLoaderTransport.Call<RoTransport>() {
                @Override
                public RoTransport run() {
                    return environment.startTransport(config, network);
                }
            });
            transport = new CountingRoTransport(new RaClassLoaderTransport(started, raLoader), slee.usage,
                    environment.clock(), scheduler, config.txTimer());
        } catch (RuntimeException e) {
            scheduler.close();
            throw e;
        }
        // Session ids must be unique across the cluster, where every node has the same entity name.
        String nodeId = slee.entityName + "-" + UUID.randomUUID().toString().substring(0, 8);
        ChargingEngine engine = new ChargingEngine(config.sla(), transport,
                new EventFiring(slee, types, activities, replication), environment.clock(), scheduler, nodeId);
        network.attach(engine);
        slee.tracer.info("charging RA entity " + slee.entityName + " active as node " + nodeId + ": " + config);
        return new RunningEntity(slee, scheduler, transport, engine, config.txTimer(), network);
    }

    ChargingEngine engine() {
        return engine;
    }

    /**
     * Releases the session as §8.3 release would (usage reported in CCR-TERMINATION, activity
     * ended). False if it had already ended.
     */
    boolean release(ChargingSessionId id, String why) {
        if (!engine.isLive(id)) {
            return false; // the usual case at activityEnded: released by the SBB; no exception built
        }
        try {
            engine.release(id, engine.nextRequestNumber(id));
            slee.tracer.fine("released charging session " + id + ": " + why);
            return true;
        } catch (InvalidSessionIdException e) {
            return false;
        } catch (InvalidRequestNumberException e) {
            // An SBB request slipped in between reading and using the number; it owns the session now.
            slee.tracer.warning("could not release charging session " + id + " (" + why + "): "
                    + e.getExtraInformation());
            return false;
        }
    }

    /**
     * Stops the transport and the timers; the engine is dropped with this object. CCRs still in
     * flight (the usage reports of sessions released in raStopping) get up to one Tx timer to be
     * answered first; any cut off is reported as a failed usage report.
     */
    void close() {
        int unsettled = transport.awaitSettled(txTimer);
        if (unsettled > 0) {
            slee.tracer.warning(unsettled + " CCRs were still unanswered after " + txTimer + " when the transport closed");
        }
        network.closing();
        try {
            transport.close();
        } finally {
            scheduler.close();
            slee.alarms.clearPeerAlarms();
        }
    }
}
