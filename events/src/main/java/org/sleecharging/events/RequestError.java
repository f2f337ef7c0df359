package org.sleecharging.events;

import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.ChargingSessionId;

/** A failed numbered request: the Parlay error and its extra information (never null, maybe empty). */
public abstract class RequestError extends RequestOutcome {
    private static final long serialVersionUID = 1L;

    private final ChargingError error;
    private final String extraInformation;

    protected RequestError(ChargingSessionId sessionId, int requestNumber, ChargingError error,
            String extraInformation, int nextRequestNumber) {
        super(sessionId, requestNumber, nextRequestNumber);
        this.error = require(error, "error");
        this.extraInformation = require(extraInformation, "extraInformation");
    }

    public ChargingError getError() {
        return error;
    }

    public String getExtraInformation() {
        return extraInformation;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("error", error).add("extraInformation", extraInformation);
    }
}
