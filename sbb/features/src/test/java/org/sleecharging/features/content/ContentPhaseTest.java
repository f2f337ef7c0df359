package org.sleecharging.features.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sleecharging.features.content.ContentAction.ALLOW;
import static org.sleecharging.features.content.ContentAction.DECLINE_INSTRUCTION;
import static org.sleecharging.features.content.ContentAction.DENY;
import static org.sleecharging.features.content.ContentAction.FINALISE;
import static org.sleecharging.features.content.ContentAction.REPORT_DELIVERED;
import static org.sleecharging.features.content.ContentAction.RESERVE;
import static org.sleecharging.features.content.ContentInput.CHARGING_ENDED;
import static org.sleecharging.features.content.ContentInput.CREDIT_PENDING;
import static org.sleecharging.features.content.ContentInput.DELIVERED;
import static org.sleecharging.features.content.ContentInput.DELIVERY_FAILED;
import static org.sleecharging.features.content.ContentInput.DENIED;
import static org.sleecharging.features.content.ContentInput.FAILED;
import static org.sleecharging.features.content.ContentInput.FINALISED;
import static org.sleecharging.features.content.ContentInput.GRANTED;
import static org.sleecharging.features.content.ContentInput.GRANTED_SHORT;
import static org.sleecharging.features.content.ContentInput.REQUESTED;
import static org.sleecharging.features.content.ContentInput.SESSION_ENDED;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.features.IllegalFeatureTransitionException;
import org.sleecharging.features.Results;
import org.sleecharging.features.Transition;

class ContentPhaseTest {

    private static List<ContentAction> actions(ContentInput... inputs) {
        return run(inputs).actions;
    }

    private static Run run(ContentInput... inputs) {
        Run run = new Run();
        for (ContentInput input : inputs) {
            Transition<ContentPhase, ContentAction> t = run.phase.next(input);
            run.phase = t.next();
            run.actions.addAll(t.actions());
        }
        return run;
    }

    private static final class Run {
        ContentPhase phase = ContentPhase.NEW;
        final List<ContentAction> actions = new ArrayList<>();
    }

    @Test
    void deliveredContentIsDebitedExactlyWhatWasDelivered() {
        Run run = run(REQUESTED, GRANTED, DELIVERED, FINALISED);

        assertThat(run.actions).containsExactly(RESERVE, ALLOW, REPORT_DELIVERED, FINALISE);
        assertThat(run.phase.isDone()).isTrue();
    }

    @Test
    void failedDeliveryFinalisesWithNothingUsedSoTheReservationGoesBack() {
        assertThat(actions(REQUESTED, GRANTED, DELIVERY_FAILED, FINALISED)).containsExactly(RESERVE, ALLOW, FINALISE);
    }

    @Test
    void contentIsDeniedUnlessTheGrantCoversItAndItsInstanceIsFinalised() {
        assertThat(actions(REQUESTED, DENIED)).containsExactly(RESERVE, DENY, FINALISE);
        assertThat(actions(REQUESTED, FAILED)).containsExactly(RESERVE, DENY, FINALISE);
        assertThat(actions(REQUESTED, GRANTED_SHORT)).containsExactly(RESERVE, DENY, FINALISE);
    }

    @Test
    void aSessionEndingBeforeDeliveryFinalisesWithoutUsage() {
        assertThat(actions(REQUESTED, GRANTED, SESSION_ENDED)).containsExactly(RESERVE, ALLOW, FINALISE);
        assertThat(actions(REQUESTED, SESSION_ENDED, GRANTED)).containsExactly(RESERVE, FINALISE)
                .doesNotContain(ALLOW);
    }

    @Test
    void aPendingInstructionWhileDeliveringIsDeclined() {
        Run run = run(REQUESTED, GRANTED, CREDIT_PENDING);

        assertThat(run.actions).endsWith(DECLINE_INSTRUCTION);
        assertThat(run.phase).isEqualTo(ContentPhase.ALLOWED);
    }

    @Test
    void lostChargingDeniesContentStillWaitingAndSettlesTheRest() {
        assertThat(actions(REQUESTED, CHARGING_ENDED)).containsExactly(RESERVE, DENY);
        assertThat(run(REQUESTED, GRANTED, CHARGING_ENDED).phase.isDone()).isTrue();
        assertThat(run(REQUESTED, GRANTED, DELIVERED, CHARGING_ENDED).phase.isDone()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ContentInput.class)
    void doneIgnoresEverything(ContentInput input) {
        assertThat(ContentPhase.DONE.next(input)).isEqualTo(Transition.to(ContentPhase.DONE));
    }

    @Test
    void onlyAFullGrantAllows() {
        for (ContentPhase phase : ContentPhase.values()) {
            for (ContentInput input : ContentInput.values()) {
                if (phase.allows(input) && phase.next(input).actions().contains(ALLOW)) {
                    assertThat(phase).isEqualTo(ContentPhase.RESERVING);
                    assertThat(input).isEqualTo(GRANTED);
                }
            }
        }
    }

    @Test
    void deliveryOfContentThatWasNeverAllowedIsRefused() {
        assertThatThrownBy(() -> ContentPhase.RESERVING.next(DELIVERED))
                .isInstanceOf(IllegalFeatureTransitionException.class);
        assertThatThrownBy(() -> ContentPhase.NEW.next(GRANTED)).isInstanceOf(IllegalFeatureTransitionException.class);
    }

    @Test
    void aGrantCoversTheContentOnlyWithAtLeastItsSizeInOctets() {
        assertThat(ContentInput.covers(VolumeSet.of(Volume.of(2_000_000, Unit.OCTETS)), 2_000_000)).isTrue();
        assertThat(ContentInput.covers(VolumeSet.of(Volume.of(5_000_000, Unit.OCTETS)), 2_000_000)).isTrue();
        assertThat(ContentInput.covers(VolumeSet.of(Volume.of(1_999_999, Unit.OCTETS)), 2_000_000)).isFalse();
        assertThat(ContentInput.covers(VolumeSet.of(Volume.of(60, Unit.SECONDS)), 10)).isFalse();
        assertThat(ContentInput.covers(null, 10)).isTrue();
    }

    @Test
    void creditResultsMapToInputs() {
        assertThat(ContentInput.of(Results.granted("content:a", 100, Unit.OCTETS), 100)).isEqualTo(GRANTED);
        assertThat(ContentInput.of(Results.granted("content:a", 99, Unit.OCTETS), 100)).isEqualTo(GRANTED_SHORT);
        assertThat(ContentInput.of(Results.reservation("content:a", CreditOutcome.DENIED, 4012), 100))
                .isEqualTo(DENIED);
        assertThat(ContentInput.of(Results.reservation("content:a", CreditOutcome.FAILURE, 0), 100))
                .isEqualTo(FAILED);
        assertThat(ContentInput.of(Results.reservation("content:a", CreditOutcome.CONTINUED, 0), 100))
                .as("no grant covers the content").isEqualTo(FAILED);
        assertThat(ContentInput.of(Results.of("content:a", ChargingInstruction.CREDIT_FINALISATION,
                CreditOutcome.SUCCESS, 2001), 100)).isEqualTo(FINALISED);
    }
}
