package org.sleecharging.events;

import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.Money;

/** debitAmountRes: the amount debited from the reservation and what is left of it (TS 29.198-12 §8.4). */
public final class DebitAmountRes extends RequestOutcome {
    private static final long serialVersionUID = 1L;

    private final Money debitedAmount;
    private final Money reservedAmountLeft;

    public DebitAmountRes(ChargingSessionId sessionId, int requestNumber, Money debitedAmount, Money reservedAmountLeft, int nextRequestNumber) {
        super(sessionId, requestNumber, nextRequestNumber);
        this.debitedAmount = require(debitedAmount, "debitedAmount");
        this.reservedAmountLeft = require(reservedAmountLeft, "reservedAmountLeft");
    }

    public Money getDebitedAmount() {
        return debitedAmount;
    }

    public Money getReservedAmountLeft() {
        return reservedAmountLeft;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("debitedAmount", debitedAmount).add("reservedAmountLeft", reservedAmountLeft);
    }
}
