package org.sleecharging.features.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sleecharging.features.message.MessageAction.ACCEPT;
import static org.sleecharging.features.message.MessageAction.DEBIT;
import static org.sleecharging.features.message.MessageAction.END;
import static org.sleecharging.features.message.MessageAction.REFUND;
import static org.sleecharging.features.message.MessageAction.REJECT;
import static org.sleecharging.features.message.MessageInput.CHARGING_ENDED;
import static org.sleecharging.features.message.MessageInput.DEBITED;
import static org.sleecharging.features.message.MessageInput.DELIVERED;
import static org.sleecharging.features.message.MessageInput.DELIVERY_FAILED;
import static org.sleecharging.features.message.MessageInput.DENIED;
import static org.sleecharging.features.message.MessageInput.FAILED;
import static org.sleecharging.features.message.MessageInput.REFUNDED;
import static org.sleecharging.features.message.MessageInput.REFUND_FAILED;
import static org.sleecharging.features.message.MessageInput.SUBMITTED;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.features.IllegalFeatureTransitionException;
import org.sleecharging.features.Results;
import org.sleecharging.features.Transition;

class MessagePhaseTest {

    private static Run run(MessageInput... inputs) {
        Run run = new Run();
        for (MessageInput input : inputs) {
            Transition<MessagePhase, MessageAction> t = run.phase.next(input);
            run.phase = t.next();
            run.actions.addAll(t.actions());
        }
        return run;
    }

    private static final class Run {
        MessagePhase phase = MessagePhase.IDLE;
        final List<MessageAction> actions = new ArrayList<>();
    }

    @Test
    void aMessageIsDebitedBeforeItIsAcceptedAndChargingEndsOnDelivery() {
        Run run = run(SUBMITTED, DEBITED, DELIVERED);

        assertThat(run.actions).containsExactly(DEBIT, ACCEPT, END);
        assertThat(run.phase).isEqualTo(MessagePhase.ENDED);
    }

    @Test
    void aRefusedOrFailedDebitRejectsTheMessage() {
        assertThat(run(SUBMITTED, DENIED).actions).containsExactly(DEBIT, REJECT, END);
        assertThat(run(SUBMITTED, FAILED).actions).containsExactly(DEBIT, REJECT, END);
        assertThat(run(SUBMITTED, CHARGING_ENDED).actions).containsExactly(DEBIT, REJECT, END);
    }

    @Test
    void aFailedDeliveryIsRefundedBeforeChargingEnds() {
        Run run = run(SUBMITTED, DEBITED, DELIVERY_FAILED);

        assertThat(run.actions).containsExactly(DEBIT, ACCEPT, REFUND);
        assertThat(run.phase).isEqualTo(MessagePhase.REFUNDING);
        assertThat(run(SUBMITTED, DEBITED, DELIVERY_FAILED, REFUNDED).actions).endsWith(REFUND, END);
        assertThat(run(SUBMITTED, DEBITED, DELIVERY_FAILED, REFUND_FAILED).actions).endsWith(REFUND, END);
    }

    @Test
    void lostChargingAfterTheDebitLetsTheMessageGoOn() {
        Run run = run(SUBMITTED, DEBITED, CHARGING_ENDED);

        assertThat(run.phase).isEqualTo(MessagePhase.DELIVERING);
        assertThat(run(SUBMITTED, DEBITED, CHARGING_ENDED, DELIVERED).actions).endsWith(END);
    }

    @Test
    void onlyADebitedMessageIsAccepted() {
        for (MessagePhase phase : MessagePhase.values()) {
            for (MessageInput input : MessageInput.values()) {
                if (phase.allows(input) && phase.next(input).actions().contains(ACCEPT)) {
                    assertThat(phase).isEqualTo(MessagePhase.DEBITING);
                    assertThat(input).isEqualTo(DEBITED);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(MessageInput.class)
    void endedIgnoresEverything(MessageInput input) {
        assertThat(MessagePhase.ENDED.next(input)).isEqualTo(Transition.to(MessagePhase.ENDED));
    }

    @Test
    void deliveryBeforeTheDebitIsRefused() {
        assertThatThrownBy(() -> MessagePhase.DEBITING.next(DELIVERED))
                .isInstanceOf(IllegalFeatureTransitionException.class);
    }

    @Test
    void creditResultsMapToInputs() {
        assertThat(MessageInput.of(Results.of("message", ChargingInstruction.DIRECT_DEBIT, CreditOutcome.SUCCESS,
                2001))).isEqualTo(DEBITED);
        assertThat(MessageInput.of(Results.of("message", ChargingInstruction.DIRECT_DEBIT, CreditOutcome.DENIED,
                4012))).isEqualTo(DENIED);
        assertThat(MessageInput.of(Results.of("message", ChargingInstruction.DIRECT_DEBIT, CreditOutcome.FAILURE,
                0))).isEqualTo(FAILED);
        assertThat(MessageInput.of(Results.of("message", ChargingInstruction.DIRECT_DEBIT, CreditOutcome.CONTINUED,
                0))).as("no debit confirmed").isEqualTo(FAILED);
        assertThat(MessageInput.of(Results.of("message", ChargingInstruction.REFUND, CreditOutcome.CONTINUED, 0)))
                .isEqualTo(REFUND_FAILED);
        assertThat(MessageInput.of(Results.of("message", ChargingInstruction.REFUND, CreditOutcome.SUCCESS, 2001)))
                .isEqualTo(REFUNDED);
        assertThat(MessageInput.of(Results.of("message", ChargingInstruction.REFUND, CreditOutcome.DENIED, 5030)))
                .isEqualTo(REFUND_FAILED);
        assertThatThrownBy(() -> MessageInput.of(Results.of("message", ChargingInstruction.CREDIT_RESERVATION,
                CreditOutcome.SUCCESS, 2001))).isInstanceOf(IllegalArgumentException.class);
    }
}
