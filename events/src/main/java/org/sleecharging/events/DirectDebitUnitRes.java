package org.sleecharging.events;

import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.VolumeSet;

/** directDebitUnitRes: the volumes debited without reservation (TS 29.198-12 §8.4). */
public final class DirectDebitUnitRes extends RequestOutcome {
    private static final long serialVersionUID = 1L;

    private final VolumeSet debitedVolumes;

    public DirectDebitUnitRes(ChargingSessionId sessionId, int requestNumber, VolumeSet debitedVolumes, int nextRequestNumber) {
        super(sessionId, requestNumber, nextRequestNumber);
        this.debitedVolumes = require(debitedVolumes, "debitedVolumes");
    }

    public VolumeSet getDebitedVolumes() {
        return debitedVolumes;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("debitedVolumes", debitedVolumes);
    }
}
