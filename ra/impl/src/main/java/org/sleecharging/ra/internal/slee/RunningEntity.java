package org.sleecharging.ra.internal.slee;

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
    private final RoTransport transport;
    private final ChargingEngine engine;

    private RunningEntity(SleeFacilities slee, RaEnvironment.ClosableScheduler scheduler, RoTransport transport,
            ChargingEngine engine) {
        this.slee = slee;
        this.scheduler = scheduler;
        this.transport = transport;
        this.engine = engine;
    }

    /**
     * Looks up the event types, starts the timers and the transport, and builds the engine. Any
     * failure propagates (STYLE.md lesson 6) after what was started is released.
     */
    static RunningEntity start(RaConfig config, SleeFacilities slee, RaEnvironment environment,
            ActivityRegistry activities, Replication replication) {
        EventTypes types = EventTypes.lookUp(slee.eventLookup);
        NetworkEvents network = new NetworkEvents(slee, config.ro());
        RaEnvironment.ClosableScheduler scheduler = environment.newScheduler(slee.entityName);
        RoTransport transport;
        try {
            transport = new CountingRoTransport(environment.startTransport(config, network), slee.usage,
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
        return new RunningEntity(slee, scheduler, transport, engine);
    }

    ChargingEngine engine() {
        return engine;
    }

    /**
     * Releases the session as §8.3 release would (usage reported in CCR-TERMINATION, activity
     * ended). False if it had already ended.
     */
    boolean release(ChargingSessionId id, String why) {
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

    /** Stops the transport and the timers; the engine is dropped with this object. */
    void close() {
        try {
            transport.close();
        } finally {
            scheduler.close();
            slee.alarms.clearPeerAlarms();
        }
    }
}
