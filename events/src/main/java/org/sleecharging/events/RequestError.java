package org.sleecharging.events;

import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.ChargingSessionId;

/**
 * A failed numbered request: the Parlay error, its extra information (never null, maybe empty) and
 * the Diameter Result-Code the OCS answered with, if an OCS answer decided it.
 */
public abstract class RequestError extends RequestOutcome {
    private static final long serialVersionUID = 1L;

    /** {@link #getResultCode()} when no OCS answer decided the failure. */
    public static final long NO_RESULT_CODE = 0;
    private static final long MAX_UNSIGNED32 = 0xFFFFFFFFL;

    private final ChargingError error;
    private final String extraInformation;
    private final long resultCode;

    /** A failure no OCS answer decided: Result-Code 0. */
    protected RequestError(ChargingSessionId sessionId, int requestNumber, ChargingError error,
            String extraInformation, int nextRequestNumber) {
        this(sessionId, requestNumber, error, extraInformation, nextRequestNumber, NO_RESULT_CODE);
    }

    /** {@code resultCode}: an Unsigned32 Result-Code, or {@link #NO_RESULT_CODE}. */
    protected RequestError(ChargingSessionId sessionId, int requestNumber, ChargingError error,
            String extraInformation, int nextRequestNumber, long resultCode) {
        super(sessionId, requestNumber, nextRequestNumber);
        this.error = require(error, "error");
        this.extraInformation = require(extraInformation, "extraInformation");
        if (resultCode < 0 || resultCode > MAX_UNSIGNED32) {
            throw new IllegalArgumentException("Result-Code " + resultCode + " is not an Unsigned32 (RFC 6733 §7.1)");
        }
        this.resultCode = resultCode;
    }

    public ChargingError getError() {
        return error;
    }

    public String getExtraInformation() {
        return extraInformation;
    }

    /**
     * The Diameter Result-Code (RFC 6733 §7.1, RFC 4006 §9) the OCS answered the request with (in a
     * split session, the first refusing user's), or {@link #NO_RESULT_CODE} when no OCS answer
     * decided it: the RA refused the request, or no usable answer came (failure handling).
     */
    public long getResultCode() {
        return resultCode;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("error", error).add("extraInformation", extraInformation).add("resultCode", resultCode);
    }
}
