package org.sleecharging.events;

import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.VolumeSet;

/** debitUnitRes: the volumes debited (at most what was reserved) and the volumes left (TS 29.198-12 §8.4). */
public final class DebitUnitRes extends RequestOutcome {
    private static final long serialVersionUID = 1L;

    private final VolumeSet debitedVolumes;
    private final VolumeSet reservedUnitsLeft;

    public DebitUnitRes(ChargingSessionId sessionId, int requestNumber, VolumeSet debitedVolumes, VolumeSet reservedUnitsLeft, int nextRequestNumber) {
        super(sessionId, requestNumber, nextRequestNumber);
        this.debitedVolumes = require(debitedVolumes, "debitedVolumes");
        this.reservedUnitsLeft = require(reservedUnitsLeft, "reservedUnitsLeft");
    }

    public VolumeSet getDebitedVolumes() {
        return debitedVolumes;
    }

    public VolumeSet getReservedUnitsLeft() {
        return reservedUnitsLeft;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("debitedVolumes", debitedVolumes).add("reservedUnitsLeft", reservedUnitsLeft);
    }
}
