package org.sleecharging.it.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sleecharging.netsim.Cause;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.NetworkActivityId;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.Rule;

/**
 * An OCS that fails in the middle of a call, with the charging RA's Credit-Control-Failure-Handling
 * TERMINATE (RFC 4006 §5.7): the call's next reservation (here asked for by an OCS re-auth) gets no
 * answer and the call is released. The OCS charged the request it did not answer, so that grant
 * stays held there until its Validity-Time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CallOcsFailureIT extends FeatureItBase {

    @Test
    @Order(1)
    void terminateReleasesTheCallWhenTheOcsStopsAnswering() throws Exception {
        String caller = freshSubscriber();
        NetworkActivityId call = connectedCall(caller);
        ocs.enqueue(Rule.dropAnswer().forSubscriber(caller).always());
        grantsMayStayHeldAtTheOcs();

        reAuthorise(caller);

        SbbAction released = nextAction(call);
        assertThat(released.kind()).isEqualTo(ActionKind.CALL_RELEASED);
        assertThat(released.cause()).isEqualTo(Cause.CHARGING_FAILURE);
        awaitEnd(call);
    }

    /** Last: the RA has to reconnect to the OCS after this one. */
    @Test
    @Order(2)
    void terminateReleasesTheCallWhenTheOcsDropsTheConnection() throws Exception {
        String caller = freshSubscriber();
        NetworkActivityId call = connectedCall(caller);
        ocs.enqueue(Rule.closeConnection().forSubscriber(caller).forRequestType(RequestType.UPDATE));
        grantsMayStayHeldAtTheOcs();

        reAuthorise(caller);

        SbbAction released = nextAction(call);
        assertThat(released.kind()).isEqualTo(ActionKind.CALL_RELEASED);
        assertThat(released.cause()).isEqualTo(Cause.CHARGING_FAILURE);
        awaitEnd(call);
    }

    private NetworkActivityId connectedCall(String caller) throws Exception {
        NetworkActivityId call = network.startCall(e164(caller), e164("491529999997"));
        assertThat(nextAction(call).kind()).isEqualTo(ActionKind.CALL_CONNECTED);
        network.answer(call);
        return call;
    }

    /** The OCS re-authorises the caller's session (RFC 4006 §5.5 RAR): the feature reserves again, CCR-UPDATE. */
    private void reAuthorise(String caller) throws Exception {
        CreditControlRequest initial = nextRequest(caller, RequestType.INITIAL);
        ocs.sendReAuthRequest(initial.sessionId()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        nextRequest(caller, RequestType.UPDATE);
    }
}
