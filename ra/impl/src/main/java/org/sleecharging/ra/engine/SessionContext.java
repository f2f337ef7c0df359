package org.sleecharging.ra.engine;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import java.time.Clock;

import org.sleecharging.ra.engine.ro.RoClientPort;

/** What every session of one engine shares: SLA, clock, scheduler, port and the way back to the engine. */
final class SessionContext {
    final SlaConfig sla;
    final Clock clock;
    final Scheduler scheduler;
    final RoClientPort port;
    /** This engine's node, the owner written into every snapshot. */
    final String nodeId;
    /** Live sessions by the Ro Session-Id of each open leg, for OCS-initiated RAR/ASR. */
    final ConcurrentMap<String, EngineSession> byRoSession = new ConcurrentHashMap<String, EngineSession>();
    private final ChargingEngine engine;

    SessionContext(SlaConfig sla, Clock clock, Scheduler scheduler, RoClientPort port, String nodeId, ChargingEngine engine) {
        this.sla = sla;
        this.nodeId = nodeId;
        this.clock = clock;
        this.scheduler = scheduler;
        this.port = port;
        this.engine = engine;
    }

    Runnable validityTask(final EngineSession session) {
        return new Runnable() {
            @Override
            public void run() {
                engine.validityElapsed(session);
            }
        };
    }

    Runnable expiryTask(final EngineSession session) {
        return new Runnable() {
            @Override
            public void run() {
                engine.expire(session);
            }
        };
    }
}
