package org.sleecharging.it.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.CallParty;
import org.sleecharging.netsim.event.NetworkActivityId;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.Rule;

/**
 * The same OCS failure mid-call as {@link CallOcsFailureIT}, with Credit-Control-Failure-Handling
 * CONTINUE (RFC 4006 §5.7: the service goes on without credit control): the re-reservation times
 * out, the RA keeps the charging session (ReserveUnitErr SESSION_CONTINUES), the manager answers
 * CreditResult CONTINUED, the call stays connected, and the hang-up finalises it with all the time
 * talked, the stretch after the OCS stopped answering included; or, when the OCS answers the next
 * reservation, that one reports the time talked so far and the call goes on charged as usual. Usage
 * beyond a grant used up while the OCS was away is debited directly at the finalisation.
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

    @Test
    void theContinuedCallIsChargedAgainOnceTheOcsAnswers() throws Exception {
        String caller = freshSubscriber();
        NetworkActivityId call = network.startCall(e164(caller), e164("491529999995"));
        CreditControlRequest initial = nextRequest(caller, RequestType.INITIAL);
        assertThat(nextAction(call).kind()).isEqualTo(ActionKind.CALL_CONNECTED);
        ocs.enqueue(Rule.dropAnswer().forSubscriber(caller).forRequestType(RequestType.UPDATE));
        grantsMayStayHeldAtTheOcs();
        ocs.sendReAuthRequest(initial.sessionId()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertThat(usedSeconds(nextRequest(caller, RequestType.UPDATE))).isZero();
        network.answer(call);

        // A re-auth while the unanswered check is out is answered by that check (RFC 4006 §5.5); once
        // it is CONTINUED the next one makes the call reserve again, and the OCS answers this time.
        List<CreditControlRequest> updates = new ArrayList<>();
        await("a further reservation after the continued one").atMost(TIMEOUT).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    ocs.sendReAuthRequest(initial.sessionId()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                    CreditControlRequest r = ocs.takeRequest(Duration.ofSeconds(1));
                    if (r != null && caller.equals(r.subscriber()) && r.requestType() == RequestType.UPDATE) {
                        updates.add(r);
                    }
                    return !updates.isEmpty();
                });
        long reportedMidCall = usedSeconds(updates.get(0));
        assertThat(reportedMidCall).as("talk time since the answer, the Tx timer's stretch included")
                .isGreaterThanOrEqualTo(FeatureOcs.TX_TIMER_MILLIS / 1000 - 1);
        talkFor(Duration.ofSeconds(1));
        network.hangUp(call, CallParty.CALLED);
        awaitEnd(call);

        assertThat(network.actions()).filteredOn(a -> a.activityId().equals(call)).extracting(SbbAction::kind)
                .containsExactly(ActionKind.CALL_CONNECTED);
        long reported = updates.stream().mapToLong(FeatureItBase::usedSeconds).sum()
                + usedSecondsUntilTermination(caller);
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(taken().get(ChargeBook.TIME))
                .isEqualByComparingTo(BigDecimal.valueOf(reported)));
    }

    /**
     * The grant used up while the OCS does not answer CCR-UPDATEs: the further reservation is
     * CONTINUED, the service goes on beyond the grant, and the finalisation's unit debit takes only
     * what the reservation still held. The rest is debited directly (CCR-EVENT DIRECT_DEBITING), so
     * the final CreditResult and the OCS ledger show all the usage. Driven with octets through the
     * manager (a call's grant is 60 s, too long to use up here); the metered seconds of a call take
     * the same way.
     */
    @Test
    void usageBeyondAContinuedGrantIsChargedAtTheFinalisation() {
        String subscriber = freshSubscriber();
        try (ManagerDriver feature = new ManagerDriver(slee, recorder, TIMEOUT)) {
            feature.runOk("start " + subscriber, "reservation data 1000", "reserve data");
            assertThat(feature.next(CreditResult.class, "data").getGrantedUnits()).isEqualTo(octets(1000));
            ocs.enqueue(Rule.dropAnswer().forSubscriber(subscriber).forRequestType(RequestType.UPDATE).always());
            grantsMayStayHeldAtTheOcs();

            feature.runOk("report data 1000", "reserve data");
            assertThat(feature.next(CreditResult.class, "data").getOutcome()).isEqualTo(CreditOutcome.CONTINUED);
            feature.runOk("report data 500", "finalise data");

            CreditResult finalised = feature.next(CreditResult.class, "data");
            assertThat(finalised.getInstruction()).isEqualTo(ChargingInstruction.CREDIT_FINALISATION);
            assertThat(finalised.getOutcome()).isEqualTo(CreditOutcome.SUCCESS);
            assertThat(finalised.getUsedUnits()).as("all the usage, the 500 beyond the grant included")
                    .isEqualTo(octets(1500));
            feature.runOk("end");
        }
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(taken().get(ChargeBook.OCTETS))
                .isEqualByComparingTo(BigDecimal.valueOf(1500)));
    }

    private static VolumeSet octets(long n) {
        return VolumeSet.of(Volume.of(n, Unit.OCTETS));
    }

    /** Used seconds the caller's further CCR-UPDATEs (a late re-auth may add one) and its CCR-TERMINATION report. */
    private long usedSecondsUntilTermination(String caller) throws InterruptedException {
        long used = 0;
        CreditControlRequest r;
        do {
            r = ocs.takeRequest(TIMEOUT);
            assertThat(r).as("CCR-TERMINATION from " + caller).isNotNull();
            if (caller.equals(r.subscriber())) {
                used += usedSeconds(r);
            }
        } while (!caller.equals(r.subscriber()) || r.requestType() != RequestType.TERMINATION);
        return used;
    }
}
