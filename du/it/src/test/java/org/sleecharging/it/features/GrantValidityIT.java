package org.sleecharging.it.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.CallParty;
import org.sleecharging.netsim.event.NetworkActivityId;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.MsccRequest;
import org.sleecharging.ocs.ReportingReason;
import org.sleecharging.ocs.RequestType;

/**
 * A grant whose Validity-Time (RFC 4006 §8.33) ends while the call goes on: here the OCS gives every
 * grant {@value #VALIDITY_SECONDS} s of validity and an hour of quota. The RA tells the charging
 * manager the validity ended (ReauthRequest with cause VALIDITY_TIME, no RAR on the wire), the manager
 * makes CREDIT_RESERVATION pending with VALIDITY_TIME, the call feature reserves again, and the
 * CCR-UPDATE reports the time used with Reporting-Reason VALIDITY_TIME (TS 32.299 §7.2.175); the
 * CCR-TERMINATION reports the rest with FINAL. The call stays up and is charged its talk time.
 */
@FeatureOcs.ValidityTime(seconds = GrantValidityIT.VALIDITY_SECONDS)
class GrantValidityIT extends FeatureItBase {
    static final long VALIDITY_SECONDS = 2;
    private static final String CALLED = "491529999991";

    @Test
    void theEndOfAGrantsValidityIsReportedWithReportingReasonValidityTimeAndTheCallGoesOn() throws Exception {
        String caller = freshSubscriber();
        ConnectedCall connected = connectedCall(caller, CALLED);
        NetworkActivityId call = connected.id();
        CreditControlRequest initial = connected.initial();
        Instant answered = connected.answered();

        CreditControlRequest update = nextRequest(caller, RequestType.UPDATE);
        Duration untilUpdate = Duration.between(answered, Instant.now());
        talkFor(Duration.ofSeconds(1));
        long talked = Duration.between(answered, Instant.now()).toSeconds();
        network.hangUp(call, CallParty.CALLING);
        awaitEnd(call);

        assertThat(update.sessionId()).isEqualTo(initial.sessionId());
        assertThat(untilUpdate).as("the update came when the validity ended, not at once")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(VALIDITY_SECONDS - 1));
        assertThat(update.msccs()).extracting(MsccRequest::reportingReason).containsExactly(ReportingReason.VALIDITY_TIME);
        assertThat(usedSeconds(update)).as("time used in the first grant").isPositive();
        assertThat(network.actions()).filteredOn(a -> a.activityId().equals(call)).extracting(SbbAction::kind)
                .as("the call stayed up until the hang-up").containsExactly(ActionKind.CALL_CONNECTED);
        CreditControlRequest termination = nextRequest(caller, RequestType.TERMINATION);
        assertThat(termination.msccs()).extracting(MsccRequest::reportingReason).containsExactly(ReportingReason.FINAL);
        long reported = usedSeconds(update) + usedSeconds(termination);
        assertThat(reported).as("talk time reported, in whole seconds").isBetween(talked - 1, talked + 3);
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(taken().get(ChargeBook.TIME))
                .isEqualByComparingTo(BigDecimal.valueOf(reported)));
    }
}
