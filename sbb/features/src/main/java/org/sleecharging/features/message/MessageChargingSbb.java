package org.sleecharging.features.message;

import javax.slee.ActivityContextInterface;

import org.sleecharging.events.manager.ChargingInstanceEnded;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.features.ChargingFeatureSbb;
import org.sleecharging.features.CreditVerdict;
import org.sleecharging.features.FeatureTerms;
import org.sleecharging.features.Transition;
import org.sleecharging.manager.ChargingManager;
import org.sleecharging.manager.ChargingManagerException;
import org.sleecharging.manager.ChargingState;
import org.sleecharging.manager.DuplicateNameException;
import org.sleecharging.manager.ImmediateChargingInstance;
import org.sleecharging.netsim.Cause;
import org.sleecharging.netsim.MessageActivity;
import org.sleecharging.netsim.MessageState;
import org.sleecharging.netsim.event.MessageDelivered;
import org.sleecharging.netsim.event.MessageDeliveryFailed;
import org.sleecharging.netsim.event.MessageSubmitted;

/**
 * IEC message (TS 32.299 §6.3.4, immediate event charging): the root SBB of the service
 * {@code IecMessageService}, one entity per message (initial event {@code MessageSubmitted},
 * selected by activity context).
 *
 * <p>Step by step:
 * <ol>
 * <li>{@link #onMessageSubmitted}: start charging for the originator, create the immediate
 * instance {@value #INSTANCE} with {@link FeatureTerms#message(int)} (one service-specific unit per
 * segment) and {@code doDirectDebit} (CCR-EVENT, DIRECT_DEBITING). The message waits.</li>
 * <li>{@link #onCreditResult}: debited, accept the message; refused, reject it with the refusal
 * cause (USER_UNKNOWN, CREDIT_DENIED, CHARGING_FAILURE) and end.</li>
 * <li>{@link #onMessageDelivered}: the debit stands; release the charging session and end.</li>
 * <li>{@link #onMessageDeliveryFailed}: {@code doRefund} (CCR-EVENT, REFUND_ACCOUNT) gives the
 * segments back; its CreditResult ends charging.</li>
 * </ol>
 * The decisions are in {@link MessagePhase}'s transition table.
 */
public abstract class MessageChargingSbb extends ChargingFeatureSbb {
    /** Name of the message's charging instance. */
    public static final String INSTANCE = "message";

    // CMP fields (JSLEE 1.1 §6.5) of this feature.

    public abstract MessagePhase getPhase();

    public abstract void setPhase(MessagePhase phase);

    public abstract ActivityContextInterface getMessageActivity();

    public abstract void setMessageActivity(ActivityContextInterface activity);

    /** The message's network id, e.g. {@code msg-5}, for traces. */
    public abstract String getMessageId();

    public abstract void setMessageId(String id);

    // Network events on the message activity.

    public void onMessageSubmitted(MessageSubmitted event, ActivityContextInterface aci) {
        setPhase(MessagePhase.IDLE);
        setMessageActivity(aci);
        setMessageId(event.getActivityId().toString());
        ChargingManager manager = startCharging(FeatureTerms.context(event.getOriginator(), event.getActivityId())
                .description("IEC message " + event.getActivityId()).build());
        try {
            manager.createImmediateChargingInstance(INSTANCE, FeatureTerms.message(event.getSegments()));
        } catch (DuplicateNameException e) {
            throw new IllegalStateException("a new charging manager already has " + INSTANCE, e);
        }
        handle(MessageInput.SUBMITTED, Cause.CHARGING_FAILURE);
    }

    public void onMessageDelivered(MessageDelivered event, ActivityContextInterface aci) {
        handle(MessageInput.DELIVERED, Cause.NORMAL);
    }

    public void onMessageDeliveryFailed(MessageDeliveryFailed event, ActivityContextInterface aci) {
        tracer().info(getMessageId() + ": delivery failed (" + event.getReason() + "); refunding");
        handle(MessageInput.DELIVERY_FAILED, Cause.NORMAL);
    }

    // Charging manager events on the results NullActivity.

    public void onCreditResult(CreditResult event, ActivityContextInterface aci) {
        if (INSTANCE.equals(event.getInstanceName())) {
            tracer().fine(getMessageId() + ": " + event);
            MessageInput input = MessageInput.of(event);
            if (input == MessageInput.REFUND_FAILED) {
                tracer().severe(getMessageId() + ": refund failed (" + event
                        + "); the OCS keeps the debit, to be reconciled");
            }
            Cause cause = CreditVerdict.refusalCause(event);
            handle(input, cause == null ? Cause.NORMAL : cause);
        }
    }

    public void onChargingInstanceEnded(ChargingInstanceEnded event, ActivityContextInterface aci) {
        if (INSTANCE.equals(event.getInstanceName())) {
            tracer().info(getMessageId() + ": charging ended: " + event.getReason());
            handle(MessageInput.CHARGING_ENDED, Cause.CHARGING_FAILURE);
        }
    }

    // The machine.

    private void handle(MessageInput input, Cause refusalCause) {
        MessageInput next = input;
        while (next != null) {
            MessagePhase from = getPhase();
            Transition<MessagePhase, MessageAction> t = from.next(next);
            setPhase(t.next());
            if (from != t.next() || !t.actions().isEmpty()) {
                tracer().info(getMessageId() + ": " + from + " + " + next + " " + t);
            }
            next = null;
            for (MessageAction action : t.actions()) {
                MessageInput followUp = perform(action, refusalCause);
                if (followUp != null) {
                    next = followUp;
                }
            }
            refusalCause = Cause.CHARGING_FAILURE;
        }
    }

    private MessageInput perform(MessageAction action, Cause refusalCause) {
        try {
            switch (action) {
            case DEBIT:
                instance().doDirectDebit(getPhase().name());
                return null;
            case ACCEPT:
                message().accept();
                return null;
            case REJECT:
                if (message().getState() == MessageState.SUBMITTED) {
                    message().reject(refusalCause);
                }
                return null;
            case REFUND:
                instance().doRefund(getPhase().name());
                return null;
            case END:
                end();
                return null;
            default:
                throw new IllegalArgumentException("unknown action " + action);
            }
        } catch (ChargingManagerException refused) {
            tracer().warning(getMessageId() + ": " + action + " refused: " + refused.getMessage());
            return action == MessageAction.REFUND ? MessageInput.REFUND_FAILED : MessageInput.FAILED;
        }
    }

    /**
     * Releases the immediate instance's charging session (TS 29.198-12 §8.3 release) if it is still
     * open, then ends charging. Should the release be refused, removing the manager releases the
     * session anyway (its sbbRemove), so charging ends in every case.
     */
    private void end() {
        try {
            ImmediateChargingInstance instance = instance();
            if (instance.getChargingState() != ChargingState.FINAL && !instance.isCreditCheckInProgress()) {
                instance.release();
            }
        } catch (ChargingManagerException refused) {
            tracer().warning(getMessageId() + ": release refused (" + refused.getMessage()
                    + "); the manager's removal releases the session");
        }
        endCharging();
    }

    private ImmediateChargingInstance instance() throws ChargingManagerException {
        return (ImmediateChargingInstance) chargingManager().getChargingInstance(INSTANCE);
    }

    private MessageActivity message() {
        return (MessageActivity) getMessageActivity().getActivity();
    }
}
