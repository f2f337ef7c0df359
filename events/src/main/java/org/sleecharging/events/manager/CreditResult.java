package org.sleecharging.events.manager;

import org.sleecharging.events.value.VolumeSet;

/**
 * The result of an instruction on a charging instance: outcome, units granted and used (null when
 * the answer had none), the Diameter Result-Code (0 when no answer arrived) and the execution
 * phase label the feature passed with the instruction.
 */
public final class CreditResult extends ManagerEvent {
    private static final long serialVersionUID = 1L;

    private final ChargingInstruction instruction;
    private final CreditOutcome outcome;
    private final VolumeSet grantedUnits;
    private final VolumeSet usedUnits;
    private final long resultCode;
    private final String executionPhase;

    public CreditResult(String instanceName, ChargingInstruction instruction, CreditOutcome outcome,
            VolumeSet grantedUnits, VolumeSet usedUnits, long resultCode, String executionPhase) {
        super(instanceName);
        this.instruction = require(instruction, "instruction");
        this.outcome = require(outcome, "outcome");
        this.grantedUnits = grantedUnits;
        this.usedUnits = usedUnits;
        if (resultCode < 0) {
            throw new IllegalArgumentException("result code " + resultCode + " is negative");
        }
        this.resultCode = resultCode;
        this.executionPhase = require(executionPhase, "executionPhase");
    }

    public ChargingInstruction getInstruction() {
        return instruction;
    }

    public CreditOutcome getOutcome() {
        return outcome;
    }

    /** May be null. */
    public VolumeSet getGrantedUnits() {
        return grantedUnits;
    }

    /** May be null. */
    public VolumeSet getUsedUnits() {
        return usedUnits;
    }

    public long getResultCode() {
        return resultCode;
    }

    public String getExecutionPhase() {
        return executionPhase;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("instruction", instruction).add("outcome", outcome).add("grantedUnits", grantedUnits)
                .add("usedUnits", usedUnits).add("resultCode", resultCode).add("executionPhase", executionPhase);
    }
}
