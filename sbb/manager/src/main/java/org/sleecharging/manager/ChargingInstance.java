package org.sleecharging.manager;

import org.sleecharging.events.manager.ChargingInstruction;

/**
 * A named charging instance of a {@link ChargingManager}, over its own charging session of the
 * charging RA. A handle: every call goes to the manager SBB entity and runs in the caller's
 * transaction, so a rolled-back transaction undoes it. Keep the name, not the handle, in CMP
 * fields; get the handle again with {@link ChargingManager#getChargingInstance(String)}.
 *
 * <p>Results come back as {@code org.sleecharging.manager.CreditResult} events, pending
 * instructions as {@code InstructionPending}, an unsolicited end (OCS abort, lifetime expiry,
 * activity end) as {@code ChargingInstanceEnded}; all name the instance. No argument may be null.
 */
public interface ChargingInstance {

    String getName();

    ChargingType getChargingType();

    /** INITIAL before the first answer, MID after it, FINAL after finalisation or loss of the session. */
    ChargingState getChargingState();

    /** The counters now, including time used since the last report while not suspended. */
    SessionCounters getSessionCounters();

    /** What the manager asks the feature to do next; {@link ChargingInstruction#NONE} if nothing. */
    ChargingInstruction getPendingChargingInstruction();

    /** The reporting reason to give with the pending instruction; {@link ReportingReason#NONE} if nothing is pending. */
    ReportingReason getPendingReportingReason();

    /** Drops the pending instruction (the feature chose not to carry it out). No effect if none is pending. */
    void clearInstruction();

    /**
     * Stops metering time usage (TS 32.299 service suspension, e.g. a call on hold) and cancels the
     * quota-exhaustion timer. No effect if already suspended.
     */
    void suspend() throws ChargingInstanceAlreadyFinalisedException;

    /**
     * Meters time usage again. With {@code autoUpdateCounters} the suspended interval is added to
     * the suspended-duration counter and excluded from the used time; without it the interval
     * counts as used time (the suspension is ignored for charging). No effect if not suspended.
     */
    void resume(boolean autoUpdateCounters) throws ChargingInstanceAlreadyFinalisedException;

    boolean isSuspended();

    /** Whether an instruction was sent to the RA and its CreditResult has not been fired yet. */
    boolean isCreditCheckInProgress();
}
