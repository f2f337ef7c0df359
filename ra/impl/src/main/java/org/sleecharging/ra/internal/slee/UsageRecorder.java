package org.sleecharging.ra.internal.slee;

import org.sleecharging.ra.ChargingRaUsageParameters;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.ResultCode;

/** Translates Ro traffic into the RA's usage parameters; a no-op without a usage parameter set. */
final class UsageRecorder {

    private final ChargingRaUsageParameters usage;

    UsageRecorder(ChargingRaUsageParameters usage) {
        this.usage = usage;
    }

    static UsageRecorder none() {
        return new UsageRecorder(null);
    }

    void sent(RequestType type, boolean retransmission) {
        if (usage == null) {
            return;
        }
        switch (type) {
        case INITIAL:
            usage.incrementCcrInitialSent(1);
            break;
        case UPDATE:
            usage.incrementCcrUpdateSent(1);
            break;
        case TERMINATION:
            usage.incrementCcrTerminationSent(1);
            break;
        default:
            usage.incrementCcrEventSent(1);
            break;
        }
        if (retransmission) {
            usage.incrementFailovers(1);
        }
    }

    void answered(ResultCode code, long latencyMillis) {
        if (usage == null) {
            return;
        }
        switch (code.kind()) {
        case SUCCESS:
            usage.incrementAnswersSuccess(1);
            break;
        case PROTOCOL_ERROR:
            usage.incrementAnswersProtocolError(1);
            break;
        case TRANSIENT_FAILURE:
            usage.incrementAnswersTransientFailure(1);
            break;
        case PERMANENT_FAILURE:
            usage.incrementAnswersPermanentFailure(1);
            break;
        default:
            usage.incrementAnswersOther(1);
            break;
        }
        usage.sampleAnswerLatencyMillis(latencyMillis);
    }

    void unanswered() {
        if (usage != null) {
            usage.incrementAnswersMissing(1);
        }
    }

    void txExpired() {
        if (usage != null) {
            usage.incrementTxExpiries(1);
        }
    }

    void eventNotFired() {
        if (usage != null) {
            usage.incrementEventsNotFired(1);
        }
    }
}
