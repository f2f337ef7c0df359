package org.sleecharging.events;

import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.VolumeSet;

/** creditUnitRes: the volumes credited and the volumes left (TS 29.198-12 §8.4). */
public final class CreditUnitRes extends RequestOutcome {
    private static final long serialVersionUID = 1L;

    private final VolumeSet creditedVolumes;
    private final VolumeSet reservedUnitsLeft;

    public CreditUnitRes(ChargingSessionId sessionId, int requestNumber, VolumeSet creditedVolumes, VolumeSet reservedUnitsLeft, int nextRequestNumber) {
        super(sessionId, requestNumber, nextRequestNumber);
        this.creditedVolumes = require(creditedVolumes, "creditedVolumes");
        this.reservedUnitsLeft = require(reservedUnitsLeft, "reservedUnitsLeft");
    }

    public VolumeSet getCreditedVolumes() {
        return creditedVolumes;
    }

    public VolumeSet getReservedUnitsLeft() {
        return reservedUnitsLeft;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("creditedVolumes", creditedVolumes).add("reservedUnitsLeft", reservedUnitsLeft);
    }
}
