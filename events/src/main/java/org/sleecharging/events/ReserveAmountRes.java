package org.sleecharging.events;

import java.time.Duration;

import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.Money;

/** reserveAmountRes: the reservation's total amount now (left after this request) and its lifetime left (TS 29.198-12 §8.4). */
public final class ReserveAmountRes extends RequestOutcome {
    private static final long serialVersionUID = 1L;

    private final Money reservedAmount;
    private final Duration lifeTimeLeft;

    public ReserveAmountRes(ChargingSessionId sessionId, int requestNumber, Money reservedAmount, Duration lifeTimeLeft, int nextRequestNumber) {
        super(sessionId, requestNumber, nextRequestNumber);
        this.reservedAmount = require(reservedAmount, "reservedAmount");
        this.lifeTimeLeft = require(lifeTimeLeft, "lifeTimeLeft");
    }

    public Money getReservedAmount() {
        return reservedAmount;
    }

    public Duration getLifeTimeLeft() {
        return lifeTimeLeft;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("reservedAmount", reservedAmount).add("lifeTimeLeft", lifeTimeLeft);
    }
}
