package org.sleecharging.events;

import java.time.Duration;

import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.VolumeSet;

/** reserveUnitRes: the reservation's volumes now (left per unit after this request) and its lifetime left (TS 29.198-12 §8.4). */
public final class ReserveUnitRes extends RequestOutcome {
    private static final long serialVersionUID = 1L;

    private final VolumeSet reservedUnits;
    private final Duration lifeTimeLeft;

    public ReserveUnitRes(ChargingSessionId sessionId, int requestNumber, VolumeSet reservedUnits, Duration lifeTimeLeft, int nextRequestNumber) {
        super(sessionId, requestNumber, nextRequestNumber);
        this.reservedUnits = require(reservedUnits, "reservedUnits");
        this.lifeTimeLeft = require(lifeTimeLeft, "lifeTimeLeft");
    }

    public VolumeSet getReservedUnits() {
        return reservedUnits;
    }

    public Duration getLifeTimeLeft() {
        return lifeTimeLeft;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("reservedUnits", reservedUnits).add("lifeTimeLeft", lifeTimeLeft);
    }
}
