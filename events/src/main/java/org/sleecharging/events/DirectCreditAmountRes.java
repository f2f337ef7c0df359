package org.sleecharging.events;

import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.Money;

/** directCreditAmountRes: the amount credited without reservation (TS 29.198-12 §8.4). */
public final class DirectCreditAmountRes extends RequestOutcome {
    private static final long serialVersionUID = 1L;

    private final Money creditedAmount;

    public DirectCreditAmountRes(ChargingSessionId sessionId, int requestNumber, Money creditedAmount, int nextRequestNumber) {
        super(sessionId, requestNumber, nextRequestNumber);
        this.creditedAmount = require(creditedAmount, "creditedAmount");
    }

    public Money getCreditedAmount() {
        return creditedAmount;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("creditedAmount", creditedAmount);
    }
}
