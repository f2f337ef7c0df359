package org.sleecharging.events.manager;

/**
 * A charging instance reached its final state without the feature finalising it: aborted by the OCS,
 * lifetime expired, first reservation refused, or its charging session activity ended. A finalisation
 * the feature asked for is answered by a CreditResult instead. The reason is free text.
 */
public final class ChargingInstanceEnded extends ManagerEvent {
    private static final long serialVersionUID = 1L;

    private final String reason;

    public ChargingInstanceEnded(String instanceName, String reason) {
        super(instanceName);
        this.reason = require(reason, "reason");
    }

    public String getReason() {
        return reason;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("reason", reason);
    }
}
