package org.sleecharging.features.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sleecharging.features.call.CallAction.CONNECT;
import static org.sleecharging.features.call.CallAction.END;
import static org.sleecharging.features.call.CallAction.FINALISE;
import static org.sleecharging.features.call.CallAction.REJECT;
import static org.sleecharging.features.call.CallAction.RELEASE_EXHAUSTED;
import static org.sleecharging.features.call.CallAction.RELEASE_FAILED;
import static org.sleecharging.features.call.CallAction.RESERVE;
import static org.sleecharging.features.call.CallAction.RESUME;
import static org.sleecharging.features.call.CallAction.SUSPEND;
import static org.sleecharging.features.call.CallInput.ANSWERED;
import static org.sleecharging.features.call.CallInput.ATTEMPT;
import static org.sleecharging.features.call.CallInput.CHARGING_ENDED;
import static org.sleecharging.features.call.CallInput.CONTINUED;
import static org.sleecharging.features.call.CallInput.CREDIT_PENDING;
import static org.sleecharging.features.call.CallInput.DENIED;
import static org.sleecharging.features.call.CallInput.FAILED;
import static org.sleecharging.features.call.CallInput.FINALISED;
import static org.sleecharging.features.call.CallInput.GRANTED;
import static org.sleecharging.features.call.CallInput.HELD;
import static org.sleecharging.features.call.CallInput.HUNG_UP;
import static org.sleecharging.features.call.CallInput.RESUMED;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.manager.InstructionPending;
import org.sleecharging.events.manager.PendingReason;
import org.sleecharging.events.value.Unit;
import org.sleecharging.features.IllegalFeatureTransitionException;
import org.sleecharging.features.Results;
import org.sleecharging.features.Transition;

class CallPhaseTest {

    /** Runs the inputs from IDLE; the actions taken, in order. */
    private static Run run(CallInput... inputs) {
        Run run = new Run();
        for (CallInput input : inputs) {
            Transition<CallPhase, CallAction> t = run.phase.next(input);
            run.phase = t.next();
            run.actions.addAll(t.actions());
        }
        return run;
    }

    private static final class Run {
        CallPhase phase = CallPhase.IDLE;
        final List<CallAction> actions = new ArrayList<>();
    }

    @Test
    void aChargedCallReservesBeforeConnectingMetersOnlyTalkTimeAndFinalisesOnHangUp() {
        Run run = run(ATTEMPT, GRANTED, ANSWERED, HELD, RESUMED, CREDIT_PENDING, GRANTED, HUNG_UP, FINALISED);

        assertThat(run.actions).containsExactly(SUSPEND, RESERVE, CONNECT, RESUME, SUSPEND, RESUME, RESERVE,
                FINALISE, END);
        assertThat(run.phase).isEqualTo(CallPhase.ENDED);
    }

    @Test
    void aRefusedFirstReservationRejectsTheAttemptWithoutConnecting() {
        Run run = run(ATTEMPT, DENIED);

        assertThat(run.actions).containsExactly(SUSPEND, RESERVE, REJECT, FINALISE);
        assertThat(run.phase).isEqualTo(CallPhase.FINALISING);
        assertThat(run(ATTEMPT, FAILED).actions).containsExactly(SUSPEND, RESERVE, REJECT, FINALISE);
    }

    @Test
    void aRefusedFurtherReservationReleasesTheCallAsCreditExhausted() {
        Run run = run(ATTEMPT, GRANTED, ANSWERED, CREDIT_PENDING, DENIED, FINALISED);

        assertThat(run.actions).endsWith(RESERVE, RELEASE_EXHAUSTED, FINALISE, END);
        assertThat(run.phase).isEqualTo(CallPhase.ENDED);
    }

    @Test
    void aFailedFurtherReservationReleasesTheCallAsChargingFailure() {
        assertThat(run(ATTEMPT, GRANTED, CREDIT_PENDING, FAILED).actions).endsWith(RELEASE_FAILED, FINALISE);
    }

    @Test
    void aFurtherReservationContinuedWithoutCreditControlKeepsTheCallAndTheHangUpFinalises() {
        Run run = run(ATTEMPT, GRANTED, ANSWERED, CREDIT_PENDING, CONTINUED);

        assertThat(run.phase).isEqualTo(CallPhase.ACTIVE);
        assertThat(run.actions).containsExactly(SUSPEND, RESERVE, CONNECT, RESUME, RESERVE);
        Run later = run(ATTEMPT, GRANTED, ANSWERED, CREDIT_PENDING, CONTINUED, CREDIT_PENDING, CONTINUED, HELD,
                RESUMED, HUNG_UP, FINALISED);
        assertThat(later.actions).endsWith(RESERVE, RESERVE, SUSPEND, RESUME, FINALISE, END)
                .doesNotContain(RELEASE_FAILED, RELEASE_EXHAUSTED);
        assertThat(later.phase).isEqualTo(CallPhase.ENDED);
        assertThat(run(ATTEMPT, GRANTED, CREDIT_PENDING, CONTINUED, CREDIT_PENDING, GRANTED).phase)
                .as("the OCS answers again").isEqualTo(CallPhase.ACTIVE);
        assertThat(run(ATTEMPT, GRANTED, CREDIT_PENDING, CONTINUED, CREDIT_PENDING, DENIED).actions)
                .endsWith(RELEASE_EXHAUSTED, FINALISE);
    }

    @Test
    void aContinuedAnswerWithoutAGrantNeverConnectsNorKeepsAnAbandonedCall() {
        assertThat(run(ATTEMPT, CONTINUED).actions).containsExactly(SUSPEND, RESERVE, REJECT, FINALISE);
        assertThat(run(ATTEMPT, HUNG_UP, CONTINUED).actions).containsExactly(SUSPEND, RESERVE, FINALISE);
        Run abandoned = run(ATTEMPT, GRANTED, ANSWERED, CREDIT_PENDING, HUNG_UP, CONTINUED, FINALISED);
        assertThat(abandoned.actions).endsWith(RESERVE, FINALISE, END).doesNotContain(RELEASE_FAILED);
        assertThat(abandoned.phase).isEqualTo(CallPhase.ENDED);
    }

    @Test
    void aHangUpDuringTheFirstReservationWaitsForItsAnswerAndNeverConnects() {
        Run granted = run(ATTEMPT, HUNG_UP, GRANTED);
        Run denied = run(ATTEMPT, HUNG_UP, DENIED);

        assertThat(granted.actions).containsExactly(SUSPEND, RESERVE, FINALISE);
        assertThat(denied.actions).containsExactly(SUSPEND, RESERVE, FINALISE);
        assertThat(granted.phase).isEqualTo(CallPhase.FINALISING);
    }

    @Test
    void aHangUpDuringAFurtherReservationFinalisesOnceItIsAnsweredAndReleasesNothing() {
        Run run = run(ATTEMPT, GRANTED, ANSWERED, CREDIT_PENDING, HUNG_UP);

        assertThat(run.phase).isEqualTo(CallPhase.REAUTHORISING_ABANDONED);
        assertThat(run(ATTEMPT, GRANTED, ANSWERED, CREDIT_PENDING, HUNG_UP, DENIED).actions)
                .endsWith(RESERVE, FINALISE).doesNotContain(RELEASE_EXHAUSTED);
    }

    @Test
    void aSecondPendingInstructionDuringAReservationIsAnsweredByIt() {
        Run run = run(ATTEMPT, GRANTED, CREDIT_PENDING, CREDIT_PENDING);

        assertThat(run.actions).containsExactly(SUSPEND, RESERVE, CONNECT, RESERVE);
    }

    @Test
    void holdDuringAFurtherReservationStillSuspends() {
        assertThat(run(ATTEMPT, GRANTED, ANSWERED, CREDIT_PENDING, HELD, RESUMED).actions)
                .endsWith(RESERVE, SUSPEND, RESUME);
    }

    @Test
    void lostChargingReleasesALiveCallAndEnds() {
        assertThat(run(ATTEMPT, GRANTED, CHARGING_ENDED).actions).endsWith(RELEASE_FAILED, END);
        assertThat(run(ATTEMPT, CHARGING_ENDED).actions).endsWith(RELEASE_FAILED, END);
        assertThat(run(ATTEMPT, HUNG_UP, CHARGING_ENDED).actions).endsWith(RESERVE, END);
        assertThat(run(ATTEMPT, GRANTED, HUNG_UP, CHARGING_ENDED).phase).isEqualTo(CallPhase.ENDED);
    }

    @ParameterizedTest
    @EnumSource(CallInput.class)
    void endedIgnoresEverything(CallInput input) {
        assertThat(CallPhase.ENDED.next(input)).isEqualTo(Transition.to(CallPhase.ENDED));
    }

    @ParameterizedTest
    @EnumSource(value = CallPhase.class, names = {"IDLE", "ENDED"}, mode = EnumSource.Mode.EXCLUDE)
    void everyLivePhaseHandlesLostCharging(CallPhase phase) {
        assertThat(phase.next(CHARGING_ENDED).next()).isEqualTo(CallPhase.ENDED);
        assertThat(phase.next(CHARGING_ENDED).actions()).endsWith(END);
    }

    @Test
    void onlyAGrantedFirstReservationConnects() {
        for (CallPhase phase : CallPhase.values()) {
            for (CallInput input : CallInput.values()) {
                if (phase.allows(input) && phase.next(input).actions().contains(CONNECT)) {
                    assertThat(phase).isEqualTo(CallPhase.RESERVING);
                    assertThat(input).isEqualTo(GRANTED);
                }
            }
        }
    }

    @Test
    void everyWayIntoFinalisingFinalisesAndEveryWayIntoEndedEnds() {
        for (CallPhase phase : CallPhase.values()) {
            for (CallInput input : CallInput.values()) {
                if (!phase.allows(input)) {
                    continue;
                }
                Transition<CallPhase, CallAction> t = phase.next(input);
                if (t.next() == CallPhase.FINALISING && phase != CallPhase.FINALISING) {
                    assertThat(t.actions()).as(phase + " + " + input).endsWith(FINALISE);
                }
                if (t.next() == CallPhase.ENDED && phase != CallPhase.ENDED) {
                    assertThat(t.actions()).as(phase + " + " + input).endsWith(END);
                }
            }
        }
    }

    @Test
    void unexpectedInputsAreRefusedNamingPhaseAndInput() {
        assertThatThrownBy(() -> CallPhase.IDLE.next(GRANTED)).isInstanceOf(IllegalFeatureTransitionException.class)
                .hasMessageContaining("IDLE").hasMessageContaining("GRANTED");
        assertThatThrownBy(() -> CallPhase.ACTIVE.next(ATTEMPT))
                .isInstanceOf(IllegalFeatureTransitionException.class);
        assertThatThrownBy(() -> CallPhase.RESERVING.next(FINALISED))
                .isInstanceOf(IllegalFeatureTransitionException.class);
    }

    @Test
    void creditResultsMapToInputs() {
        assertThat(CallInput.of(Results.granted("voice", 60, Unit.SECONDS))).isEqualTo(GRANTED);
        assertThat(CallInput.of(Results.granted("voice", 0, Unit.SECONDS))).isEqualTo(DENIED);
        assertThat(CallInput.of(Results.reservation("voice", CreditOutcome.DENIED, 4012))).isEqualTo(DENIED);
        assertThat(CallInput.of(Results.reservation("voice", CreditOutcome.FAILURE, 0))).isEqualTo(FAILED);
        assertThat(CallInput.of(Results.reservation("voice", CreditOutcome.CONTINUED, 0))).isEqualTo(CONTINUED);
        assertThat(CallInput.of(Results.of("voice", ChargingInstruction.CREDIT_FINALISATION,
                CreditOutcome.FAILURE, 0))).isEqualTo(FINALISED);
        assertThatThrownBy(() -> CallInput.of(Results.of("voice", ChargingInstruction.DIRECT_DEBIT,
                CreditOutcome.SUCCESS, 2001))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyPendingReservationReasonIsACreditPending() {
        for (PendingReason reason : PendingReason.values()) {
            assertThat(CallInput.of(new InstructionPending("voice", ChargingInstruction.CREDIT_RESERVATION, reason)))
                    .isEqualTo(CREDIT_PENDING);
        }
        assertThatThrownBy(() -> CallInput.of(new InstructionPending("voice", ChargingInstruction.DIRECT_DEBIT,
                PendingReason.REAUTH_REQUEST))).isInstanceOf(IllegalArgumentException.class);
    }
}
