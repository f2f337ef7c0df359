package org.sleecharging.events;

import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.ChargingSessionId;

/** extendLifeTimeErr: the lifetime was not extended, typically P_CHS_ERR_NO_EXTEND (TS 29.198-12 §8.4). */
public final class ExtendLifeTimeErr extends ChargingEvent {
    private static final long serialVersionUID = 1L;

    private final ChargingError error;
    private final String extraInformation;

    public ExtendLifeTimeErr(ChargingSessionId sessionId, ChargingError error, String extraInformation) {
        super(sessionId);
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
