package org.sleecharging.it.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.CallParty;
import org.sleecharging.netsim.event.NetworkActivityId;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.Rule;
import org.sleecharging.ocs.UnitType;

/**
 * The same OCS failure mid-call as {@link CallOcsFailureIT}, with Credit-Control-Failure-Handling
 * CONTINUE (RFC 4006 §5.7: the service goes on without credit control): the re-reservation times
 * out, the RA keeps the charging session (ReserveUnitErr SESSION_CONTINUES), the manager answers
 * CreditResult CONTINUED, the call stays connected, and the hang-up finalises it with all the time
 * talked, the stretch after the OCS stopped answering included.
 */
@FeatureOcs.FailureHandling("CONTINUE")
class CallOcsFailureContinueIT extends FeatureItBase {

    @Test
    void continueKeepsTheCallWhenTheOcsStopsAnswering() throws Exception {
        String caller = freshSubscriber();
        NetworkActivityId call = network.startCall(e164(caller), e164("491529999996"));
        CreditControlRequest initial = nextRequest(caller, RequestType.INITIAL);
        assertThat(nextAction(call).kind()).isEqualTo(ActionKind.CALL_CONNECTED);
        ocs.enqueue(Rule.dropAnswer().forSubscriber(caller).forRequestType(RequestType.UPDATE));
        grantsMayStayHeldAtTheOcs();

        // Re-authorised while the call still rings: nothing is metered yet, so the unanswered
        // CCR-UPDATE carries no usage the OCS could book before the CCR-TERMINATION reports it again
        // (the RA's known limit of a Tx timeout under CONTINUE without failover).
        ocs.sendReAuthRequest(initial.sessionId()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertThat(usedSeconds(nextRequest(caller, RequestType.UPDATE))).isZero();
        network.answer(call);

        Duration pastTheTxTimer = Duration.ofMillis(FeatureOcs.TX_TIMER_MILLIS * 2);
        await("the call stays connected past the Tx timer").during(pastTheTxTimer)
                .atMost(pastTheTxTimer.plusSeconds(5))
                .untilAsserted(() -> assertThat(network.actions()).filteredOn(a -> a.activityId().equals(call))
                        .as("what the feature did to the call").extracting(SbbAction::kind)
                        .containsExactly(ActionKind.CALL_CONNECTED));
        network.hangUp(call, CallParty.CALLING);
        awaitEnd(call);
        assertThat(network.actions()).filteredOn(a -> a.activityId().equals(call)).extracting(SbbAction::kind)
                .containsExactly(ActionKind.CALL_CONNECTED);

        CreditControlRequest termination = nextRequest(caller, RequestType.TERMINATION);
        assertThat(termination.sessionId()).isEqualTo(initial.sessionId());
        long reported = usedSeconds(termination);
        assertThat(reported).as("talk time reported, beyond the Tx timer after which the OCS was given up")
                .isBetween(FeatureOcs.TX_TIMER_MILLIS / 1000 + 1, pastTheTxTimer.toSeconds() + 10);
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(taken().get(ChargeBook.TIME))
                .isEqualByComparingTo(BigDecimal.valueOf(reported)));
    }

    private static long usedSeconds(CreditControlRequest ccr) {
        return ccr.msccs().stream().filter(m -> m.used() != null).mapToLong(m -> m.used().get(UnitType.TIME)).sum();
    }
}
