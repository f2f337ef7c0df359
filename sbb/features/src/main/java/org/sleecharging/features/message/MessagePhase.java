package org.sleecharging.features.message;

import org.sleecharging.features.Transition;
import org.sleecharging.features.TransitionTable;

/**
 * Where a charged message stands, and the transition table of the message feature (IEC, TS 32.299
 * §6.3.4 immediate event charging).
 *
 * <p>The rules the table encodes:
 * <ul>
 * <li>Debit first, accept after: a message is accepted only once its segments are debited; a
 * refused or failed debit rejects it with the refusal cause.</li>
 * <li>A message that cannot be delivered is refunded; a refund that fails is left to
 * reconciliation (it is traced) and charging ends anyway.</li>
 * <li>The charging session is released when the message is settled: delivered, rejected or
 * refunded.</li>
 * <li>An OCS that does not answer is the RA's Direct-Debiting-Failure-Handling (RFC 4006 §8.15):
 * its CONTINUE answers the debit with success (DEBITED), so a CONTINUED outcome, which the manager
 * gives only for further reservations, never reaches this feature; {@link MessageInput#of} would
 * take one as FAILED.</li>
 * </ul>
 */
public enum MessagePhase {
    /** Before the submission. */
    IDLE,
    /** Direct debit in progress; the message waits at SUBMITTED. */
    DEBITING,
    /** Debited and accepted; waiting for the delivery report. */
    DELIVERING,
    /** Delivery failed; refund in progress. */
    REFUNDING,
    /** Settled; nothing more to do. */
    ENDED;

    private static final TransitionTable<MessagePhase, MessageInput, MessageAction> TABLE = table();

    public Transition<MessagePhase, MessageAction> next(MessageInput input) {
        return TABLE.next(this, input);
    }

    public boolean allows(MessageInput input) {
        return TABLE.allows(this, input);
    }

    private static TransitionTable<MessagePhase, MessageInput, MessageAction> table() {
        TransitionTable<MessagePhase, MessageInput, MessageAction> t =
                new TransitionTable<MessagePhase, MessageInput, MessageAction>(MessagePhase.class,
                        MessageInput.class);
        t.on(IDLE, MessageInput.SUBMITTED, DEBITING, MessageAction.DEBIT);

        t.on(DEBITING, MessageInput.DEBITED, DELIVERING, MessageAction.ACCEPT);
        t.on(DEBITING, MessageInput.DENIED, ENDED, MessageAction.REJECT, MessageAction.END);
        t.on(DEBITING, MessageInput.FAILED, ENDED, MessageAction.REJECT, MessageAction.END);
        t.on(DEBITING, MessageInput.CHARGING_ENDED, ENDED, MessageAction.REJECT, MessageAction.END);

        t.on(DELIVERING, MessageInput.DELIVERED, ENDED, MessageAction.END);
        t.on(DELIVERING, MessageInput.DELIVERY_FAILED, REFUNDING, MessageAction.REFUND);
        // The debit stands; a refund after a failed delivery will be refused and traced.
        t.ignore(DELIVERING, MessageInput.CHARGING_ENDED);

        t.on(REFUNDING, MessageInput.REFUNDED, ENDED, MessageAction.END);
        t.on(REFUNDING, MessageInput.REFUND_FAILED, ENDED, MessageAction.END);
        t.on(REFUNDING, MessageInput.CHARGING_ENDED, ENDED, MessageAction.END);

        t.ignore(ENDED, MessageInput.values());
        return t;
    }
}
