package org.sleecharging.ra.internal.slee;

import org.sleecharging.ra.engine.ChargingEngine;
import org.sleecharging.ratype.InvalidSessionIdException;
import org.sleecharging.ratype.TaskRefusedException;

/** The engine of the running RA entity, as activities and the provider reach it. */
interface EngineAccess {

    /** The engine, or TaskRefusedException when the RA entity is not active (JSLEE 1.1 §15.2). */
    ChargingEngine engine() throws TaskRefusedException;

    /** The engine for a session's request; InvalidSessionIdException when the RA entity is not active. */
    ChargingEngine engineFor(org.sleecharging.events.value.ChargingSessionId sessionId) throws InvalidSessionIdException;
}
