package org.sleecharging.manager;

import java.util.Objects;

import org.sleecharging.events.manager.ChargingInstruction;

/**
 * A different instruction is pending on the instance: carry it out, or clear it with
 * {@link ChargingInstance#clearInstruction()}, first. Carries the pending instruction and its
 * reporting reason.
 */
public final class InstructionAlreadyPendingException extends ChargingManagerException {
    private static final long serialVersionUID = 1L;

    private final ChargingInstruction pending;
    private final ReportingReason reason;

    public InstructionAlreadyPendingException(String instanceName, ChargingInstruction pending,
            ReportingReason reason) {
        super(instanceName, pending + " pending (" + reason + ")");
        this.pending = Objects.requireNonNull(pending, "pending");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ChargingInstruction getPendingInstruction() {
        return pending;
    }

    public ReportingReason getPendingReportingReason() {
        return reason;
    }
}
