package org.sleecharging.it.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
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
 * Calls that last longer than the reservation lifetime of the RA's SLA (TS 29.198-12 §8.3, §10): the
 * lifetime starts with the first grant and a further reservation (CCR-UPDATE) does not renew it, so
 * the charging manager keeps the reservation alive with extendLifeTimeReq. Here the SLA gives a
 * reservation {@value #LIFETIME_SECONDS} s, {@value #LIFETIME_SECONDS} s more per extension and at
 * most {@value #MAX_LIFETIME_SECONDS} s. A call talking for twice the default lifetime, with OCS
 * re-authorisations in between, stays up and is charged exactly its talk time; a call outliving the
 * longest lifetime is finalised before the reservation expires (the RA refuses the extension,
 * P_CHS_ERR_NO_EXTEND), released, and charged all the time it talked.
 */
@FeatureOcs.Lifetime(defaultSeconds = LongCallIT.LIFETIME_SECONDS, incrementSeconds = LongCallIT.LIFETIME_SECONDS,
        maxSeconds = LongCallIT.MAX_LIFETIME_SECONDS)
class LongCallIT extends FeatureItBase {
    static final long LIFETIME_SECONDS = 4;
    static final long MAX_LIFETIME_SECONDS = 20;
    private static final String CALLED = "491529999990";

    @Test
    void aCallLongerThanTheLifetimeStaysUpAndIsChargedItsTalkTime() throws Exception {
        String caller = freshSubscriber();
        ConnectedCall connected = connectedCall(caller, CALLED);
        NetworkActivityId call = connected.id();
        CreditControlRequest initial = connected.initial();
        Instant answered = connected.answered();

        List<CreditControlRequest> updates = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            talkFor(Duration.ofSeconds(3));
            ocs.sendReAuthRequest(initial.sessionId()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            updates.add(nextRequest(caller, RequestType.UPDATE));
        }
        talkFor(Duration.ofSeconds(3));
        long talked = Duration.between(answered, Instant.now()).toSeconds();
        assertThat(talked).as("talked for twice the lifetime").isGreaterThanOrEqualTo(2 * LIFETIME_SECONDS);
        network.hangUp(call, CallParty.CALLING);
        awaitEnd(call);

        assertThat(network.actions()).filteredOn(a -> a.activityId().equals(call)).extracting(SbbAction::kind)
                .as("what the feature did to the call").containsExactly(ActionKind.CALL_CONNECTED);
        CreditControlRequest termination = nextRequest(caller, RequestType.TERMINATION);
        assertThat(termination.sessionId()).isEqualTo(initial.sessionId());
        long reported = updates.stream().mapToLong(FeatureItBase::usedSeconds).sum() + usedSeconds(termination);
        // Metered on the SLEE's clock from the answer to the hang-up, each event handled a little late.
        assertThat(reported).as("talk time reported, in whole seconds").isBetween(talked - 1, talked + 5);
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(taken().get(ChargeBook.TIME))
                .isEqualByComparingTo(BigDecimal.valueOf(reported)));
    }

    @Test
    void aCallOutlivingTheLongestLifetimeIsFinalisedReleasedAndChargedAllItsTalk() throws Exception {
        String caller = freshSubscriber();
        ConnectedCall connected = connectedCall(caller, CALLED);
        NetworkActivityId call = connected.id();
        CreditControlRequest initial = connected.initial();
        Instant granted = connected.granted();
        Instant answered = connected.answered();

        SbbAction released = network.takeAction(call).get(MAX_LIFETIME_SECONDS + TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        Duration talked = Duration.between(answered, Instant.now());
        awaitEnd(call);

        assertThat(released.kind()).isEqualTo(ActionKind.CALL_RELEASED);
        assertThat(released.cause()).isEqualTo(Cause.CHARGING_FAILURE);
        assertThat(Duration.between(granted, Instant.now()))
                .as("released after several extensions, before the longest lifetime ran out")
                .isGreaterThan(Duration.ofSeconds(3 * LIFETIME_SECONDS))
                .isLessThan(Duration.ofSeconds(MAX_LIFETIME_SECONDS));
        CreditControlRequest termination = nextRequest(caller, RequestType.TERMINATION);
        assertThat(termination.sessionId()).isEqualTo(initial.sessionId());
        long reported = usedSeconds(termination);
        // Metered from the answer to the finalisation, which comes a little before the release.
        assertThat(reported).as("all the talk time, in whole seconds").isBetween(talked.toSeconds() - 3,
                talked.toSeconds() + 2);
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(taken().get(ChargeBook.TIME))
                .isEqualByComparingTo(BigDecimal.valueOf(reported)));
    }
}
