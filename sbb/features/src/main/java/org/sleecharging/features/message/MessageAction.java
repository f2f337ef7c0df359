package org.sleecharging.features.message;

/** What the message feature does, in the order a transition lists them. */
public enum MessageAction {
    /** {@code doDirectDebit}: debit the message's segments before it is accepted (CCR-EVENT DIRECT_DEBITING). */
    DEBIT,
    /** {@code MessageActivity.accept()}. */
    ACCEPT,
    /** {@code MessageActivity.reject(cause)} with the refusal cause. */
    REJECT,
    /** {@code doRefund}: give the debited segments back (CCR-EVENT REFUND_ACCOUNT). */
    REFUND,
    /** {@code release()} the immediate instance's charging session, remove the manager, end the results activity. */
    END
}
