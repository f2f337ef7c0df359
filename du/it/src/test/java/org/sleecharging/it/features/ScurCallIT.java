package org.sleecharging.it.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sleecharging.netsim.Cause;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.CallParty;
import org.sleecharging.netsim.event.NetworkActivityId;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.RequestType;

/**
 * {@code ScurCallService} end to end (SCUR, TS 32.299 §6.3.3): the call is connected only after the
 * OCS granted time, hang-up finalises and the OCS takes the talk time; an OCS re-auth makes the
 * feature reserve again; running out of credit releases the call.
 */
class ScurCallIT extends FeatureItBase {

    private static final String CALLED = "491529999999";

    @Test
    void aCallIsConnectedAfterTheReservationAndHangUpChargesTheTalkTime() throws Exception {
        String caller = freshSubscriber();

        ConnectedCall connected = connectedCall(caller, CALLED);
        NetworkActivityId call = connected.id();
        CreditControlRequest initial = connected.initial();
        talkFor(Duration.ofMillis(1500));
        network.hangUp(call, CallParty.CALLING);
        awaitEnd(call);

        CreditControlRequest termination = nextRequest(caller, RequestType.TERMINATION);
        assertThat(termination.sessionId()).isEqualTo(initial.sessionId());
        // 1.5 s metered on the SLEE's clock (more on a busy machine), reported in whole seconds rounded up.
        long reported = usedSeconds(termination);
        assertThat(reported).isBetween(2L, 10L);
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(taken().get(ChargeBook.TIME))
                .isEqualByComparingTo(BigDecimal.valueOf(reported)));
    }

    @Test
    void anOcsReAuthRequestMidCallMakesTheFeatureReserveAgain() throws Exception {
        String caller = freshSubscriber();
        ConnectedCall connected = connectedCall(caller, CALLED);
        NetworkActivityId call = connected.id();
        CreditControlRequest initial = connected.initial();

        long raa = ocs.sendReAuthRequest(initial.sessionId()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);

        assertThat(raa).isEqualTo(2001);
        CreditControlRequest update = nextRequest(caller, RequestType.UPDATE);
        assertThat(update.sessionId()).isEqualTo(initial.sessionId());
        network.hangUp(call, CallParty.CALLED);
        awaitEnd(call);
        nextRequest(caller, RequestType.TERMINATION);
        assertThat(network.actions()).filteredOn(a -> a.activityId().equals(call)).extracting(SbbAction::kind)
                .containsExactly(ActionKind.CALL_CONNECTED);
    }

    /*
     * Guards two bugs fixed since: the further reservation after the quota was used up debited the
     * whole grant first, so the RA ended the reservation and the call was released with
     * CHARGING_FAILURE instead of CREDIT_EXHAUSTED; and the CCR-TERMINATION of that debit reported
     * Used-Service-Unit without the grant's Rating-Group, so the OCS debited nothing (a lost charge).
     */
    @Test
    void aCallIsReleasedWhenTheCreditIsExhausted() throws Exception {
        String caller = FeatureOcs.SHORT_OF_TIME;
        NetworkActivityId call = network.startCall(e164(caller), e164(CALLED));
        assertThat(nextAction(call).kind()).isEqualTo(ActionKind.CALL_CONNECTED);
        network.answer(call);

        SbbAction released = nextAction(call);

        assertThat(released.kind()).isEqualTo(ActionKind.CALL_RELEASED);
        awaitEnd(call);
        List<CreditControlRequest> sent = new ArrayList<>();
        for (CreditControlRequest r = ocs.takeRequest(Duration.ofSeconds(1)); r != null;
                r = ocs.takeRequest(Duration.ofSeconds(1))) {
            sent.add(r);
        }
        assertThat(released.cause()).as("released %s after the OCS received %s; RA told %s", released, sent, told())
                .isEqualTo(Cause.CREDIT_EXHAUSTED);
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(taken().get(ChargeBook.TIME))
                .isEqualByComparingTo(BigDecimal.valueOf(FeatureOcs.SHORT_SECONDS)));
    }

    @Test
    void aCallOfAnUnknownSubscriberIsReleasedWithoutConnecting() throws Exception {
        NetworkActivityId call = network.startCall(e164(FeatureOcs.UNKNOWN), e164(CALLED));

        SbbAction released = nextAction(call);

        assertThat(released.kind()).isEqualTo(ActionKind.CALL_RELEASED);
        assertThat(released.cause()).isEqualTo(Cause.USER_UNKNOWN);
        awaitEnd(call);
    }
}
