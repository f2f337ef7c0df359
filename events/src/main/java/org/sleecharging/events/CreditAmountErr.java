package org.sleecharging.events;

import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.ChargingSessionId;

/** creditAmountErr: the request failed and charged nothing (TS 29.198-12 §8.4). */
public final class CreditAmountErr extends RequestError {
    private static final long serialVersionUID = 1L;

    public CreditAmountErr(ChargingSessionId sessionId, int requestNumber, ChargingError error, String extraInformation, int nextRequestNumber) {
        super(sessionId, requestNumber, error, extraInformation, nextRequestNumber);
    }

    /** A failure the OCS's Diameter {@code resultCode} decided. */
    public CreditAmountErr(ChargingSessionId sessionId, int requestNumber, ChargingError error, String extraInformation,
            int nextRequestNumber, long resultCode) {
        super(sessionId, requestNumber, error, extraInformation, nextRequestNumber, resultCode);
    }
}
