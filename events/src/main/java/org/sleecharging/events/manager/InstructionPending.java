package org.sleecharging.events.manager;

/** A charging instance has an instruction pending that the feature should act on, and why. */
public final class InstructionPending extends ManagerEvent {
    private static final long serialVersionUID = 1L;

    private final ChargingInstruction instruction;
    private final PendingReason reason;

    public InstructionPending(String instanceName, ChargingInstruction instruction, PendingReason reason) {
        super(instanceName);
        this.instruction = require(instruction, "instruction");
        this.reason = require(reason, "reason");
    }

    public ChargingInstruction getInstruction() {
        return instruction;
    }

    public PendingReason getReason() {
        return reason;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("instruction", instruction).add("reason", reason);
    }
}
