package org.sleecharging.features.message;

import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.features.CreditVerdict;

/** What happens to a charged message: network events and the manager's answers. */
public enum MessageInput {
    /** MessageSubmitted: the initial event. */
    SUBMITTED,
    /** CreditResult of the direct debit: debited. */
    DEBITED,
    /** CreditResult of the direct debit: the OCS refused. */
    DENIED,
    /** CreditResult of the direct debit: no usable answer, or the manager refused the instruction. */
    FAILED,
    /** MessageDelivered. */
    DELIVERED,
    /** MessageDeliveryFailed. */
    DELIVERY_FAILED,
    /** CreditResult of the refund: refunded. */
    REFUNDED,
    /** CreditResult of the refund: not refunded (refused, no answer, or the manager refused it). */
    REFUND_FAILED,
    /** ChargingInstanceEnded: the OCS aborted the charging session or it failed. */
    CHARGING_ENDED;

    /** The input a CreditResult of the message's immediate instance stands for. */
    public static MessageInput of(CreditResult result) {
        if (result.getInstruction() == ChargingInstruction.REFUND) {
            return result.getOutcome() == CreditOutcome.SUCCESS ? REFUNDED : REFUND_FAILED;
        }
        if (result.getInstruction() != ChargingInstruction.DIRECT_DEBIT) {
            throw new IllegalArgumentException("a message's immediate instance does not answer " + result);
        }
        switch (CreditVerdict.of(result)) {
        case GRANTED:
            return DEBITED;
        case DENIED:
            return DENIED;
        default:
            // An immediate instance is never CONTINUED: a direct debit follows Direct-Debiting-Failure-
            // Handling (RFC 4006 §8.15), whose CONTINUE the RA answers with a Res (DEBITED). Should it
            // come, no debit was confirmed, so the message is rejected like FAILED.
            return FAILED;
        }
    }
}
