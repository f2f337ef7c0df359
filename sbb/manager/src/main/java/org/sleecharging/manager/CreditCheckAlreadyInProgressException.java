package org.sleecharging.manager;

import java.util.Objects;

import org.sleecharging.events.manager.ChargingInstruction;

/**
 * A credit check of the instance is still waiting for its answer; wait for its CreditResult event.
 * Carries the instruction being carried out.
 */
public final class CreditCheckAlreadyInProgressException extends ChargingManagerException {
    private static final long serialVersionUID = 1L;

    private final ChargingInstruction inProgress;

    public CreditCheckAlreadyInProgressException(String instanceName, ChargingInstruction inProgress) {
        super(instanceName, inProgress + " in progress");
        this.inProgress = Objects.requireNonNull(inProgress, "inProgress");
    }

    public ChargingInstruction getInstructionInProgress() {
        return inProgress;
    }
}
