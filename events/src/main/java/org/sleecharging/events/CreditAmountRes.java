package org.sleecharging.events;

import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.Money;

/** creditAmountRes: the amount credited against the reservation and the reservation left (TS 29.198-12 §8.4). */
public final class CreditAmountRes extends RequestOutcome {
    private static final long serialVersionUID = 1L;

    private final Money creditedAmount;
    private final Money reservedAmountLeft;

    public CreditAmountRes(ChargingSessionId sessionId, int requestNumber, Money creditedAmount, Money reservedAmountLeft, int nextRequestNumber) {
        super(sessionId, requestNumber, nextRequestNumber);
        this.creditedAmount = require(creditedAmount, "creditedAmount");
        this.reservedAmountLeft = require(reservedAmountLeft, "reservedAmountLeft");
    }

    public Money getCreditedAmount() {
        return creditedAmount;
    }

    public Money getReservedAmountLeft() {
        return reservedAmountLeft;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("creditedAmount", creditedAmount).add("reservedAmountLeft", reservedAmountLeft);
    }
}
