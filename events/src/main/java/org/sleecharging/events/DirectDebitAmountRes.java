package org.sleecharging.events;

import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.Money;

/** directDebitAmountRes: the amount debited without reservation (TS 29.198-12 §8.4). */
public final class DirectDebitAmountRes extends RequestOutcome {
    private static final long serialVersionUID = 1L;

    private final Money debitedAmount;

    public DirectDebitAmountRes(ChargingSessionId sessionId, int requestNumber, Money debitedAmount, int nextRequestNumber) {
        super(sessionId, requestNumber, nextRequestNumber);
        this.debitedAmount = require(debitedAmount, "debitedAmount");
    }

    public Money getDebitedAmount() {
        return debitedAmount;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("debitedAmount", debitedAmount);
    }
}
