package org.sleecharging.events;

import org.sleecharging.events.value.ChargingSessionId;

/**
 * The answer to a request that carried a request number: it repeats that number and gives the
 * number the next request must carry (TS 29.198-12 §8.4, requestNumberNextRequest).
 */
public abstract class RequestOutcome extends ChargingEvent {
    private static final long serialVersionUID = 1L;

    private final int requestNumber;
    private final int nextRequestNumber;

    protected RequestOutcome(ChargingSessionId sessionId, int requestNumber, int nextRequestNumber) {
        super(sessionId);
        this.requestNumber = requestNumber;
        this.nextRequestNumber = nextRequestNumber;
    }

    public int getRequestNumber() {
        return requestNumber;
    }

    public int getNextRequestNumber() {
        return nextRequestNumber;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("requestNumber", requestNumber).add("nextRequestNumber", nextRequestNumber);
    }
}
