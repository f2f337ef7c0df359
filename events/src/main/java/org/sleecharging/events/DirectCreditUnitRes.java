package org.sleecharging.events;

import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.VolumeSet;

/** directCreditUnitRes: the volumes credited without reservation (TS 29.198-12 §8.4). */
public final class DirectCreditUnitRes extends RequestOutcome {
    private static final long serialVersionUID = 1L;

    private final VolumeSet creditedVolumes;

    public DirectCreditUnitRes(ChargingSessionId sessionId, int requestNumber, VolumeSet creditedVolumes, int nextRequestNumber) {
        super(sessionId, requestNumber, nextRequestNumber);
        this.creditedVolumes = require(creditedVolumes, "creditedVolumes");
    }

    public VolumeSet getCreditedVolumes() {
        return creditedVolumes;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("creditedVolumes", creditedVolumes);
    }
}
