package org.sleecharging.events;

import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.FailureHandlingResult;

/**
 * reserveUnitErr: the request failed and charged nothing (TS 29.198-12 §8.4). When the OCS gave no usable
 * answer, {@link #getFailureHandling()} says whether the charging session ends or continues
 * without credit control (RFC 4006 §5.7, §8.14).
 */
public final class ReserveUnitErr extends RequestError {
    private static final long serialVersionUID = 1L;

    private final FailureHandlingResult failureHandling;

    /** A failure that is not an unanswered CCR: {@link FailureHandlingResult#NOT_APPLIED}. */
    public ReserveUnitErr(ChargingSessionId sessionId, int requestNumber, ChargingError error, String extraInformation, int nextRequestNumber) {
        this(sessionId, requestNumber, error, extraInformation, nextRequestNumber, FailureHandlingResult.NOT_APPLIED);
    }

    /** {@code failureHandling} (not null) says what RFC 4006 failure handling did with the session. */
    public ReserveUnitErr(ChargingSessionId sessionId, int requestNumber, ChargingError error, String extraInformation,
            int nextRequestNumber, FailureHandlingResult failureHandling) {
        this(sessionId, requestNumber, error, extraInformation, nextRequestNumber, failureHandling, NO_RESULT_CODE);
    }

    /** As above, for a failure the OCS's Diameter {@code resultCode} decided. */
    public ReserveUnitErr(ChargingSessionId sessionId, int requestNumber, ChargingError error, String extraInformation,
            int nextRequestNumber, FailureHandlingResult failureHandling, long resultCode) {
        super(sessionId, requestNumber, error, extraInformation, nextRequestNumber, resultCode);
        this.failureHandling = require(failureHandling, "failureHandling");
    }

    /**
     * What failure handling did with the charging session; never null (NOT_APPLIED also for an event
     * serialised before this field existed).
     */
    public FailureHandlingResult getFailureHandling() {
        return failureHandling == null ? FailureHandlingResult.NOT_APPLIED : failureHandling;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("failureHandling", getFailureHandling());
    }
}
