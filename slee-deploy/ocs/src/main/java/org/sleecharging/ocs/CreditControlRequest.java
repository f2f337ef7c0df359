package org.sleecharging.ocs;

import java.util.List;
import java.util.Objects;

/**
 * A received Credit-Control-Request as a value (RFC 4006 §3.1). Returned by
 * {@link OcsSimulator#takeRequest(java.time.Duration)} and fed to the charging engine.
 *
 * @param requestedAction null unless present (CCR-EVENT)
 * @param retransmitted   whether the T flag was set (RFC 6733 §3)
 */
public record CreditControlRequest(String sessionId, RequestType requestType, long requestNumber,
                                   List<SubscriptionId> subscriptionIds, String serviceContextId,
                                   RequestedAction requestedAction, List<MsccRequest> msccs,
                                   boolean retransmitted, String originHost) {

    public CreditControlRequest {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(requestType, "requestType");
        subscriptionIds = List.copyOf(subscriptionIds);
        msccs = List.copyOf(msccs);
    }

    /** This request with another CC-Request-Number. */
    public CreditControlRequest withNumber(long number) {
        return new CreditControlRequest(sessionId, requestType, number, subscriptionIds, serviceContextId, requestedAction,
                msccs, retransmitted, originHost);
    }

    /** The first Subscription-Id's data, or null when the request names no subscriber. */
    public String subscriber() {
        return subscriptionIds.isEmpty() ? null : subscriptionIds.get(0).data();
    }
}
