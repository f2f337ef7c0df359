package org.sleecharging.features.call;

import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.manager.InstructionPending;
import org.sleecharging.features.CreditVerdict;

/** What happens to a charged call: network events, and the charging manager's answers. */
public enum CallInput {
    /** CallAttempt: the initial event. */
    ATTEMPT,
    /** CreditResult of a credit reservation with units granted. */
    GRANTED,
    /** CreditResult of a credit reservation the OCS refused (or granted nothing). */
    DENIED,
    /** CreditResult of a credit reservation without a usable answer, or the manager refused the instruction. */
    FAILED,
    /**
     * CreditResult of a further reservation without a usable answer while charging continues without
     * credit control (RFC 4006 §5.7, Credit-Control-Failure-Handling CONTINUE): the call goes on.
     */
    CONTINUED,
    /** InstructionPending CREDIT_RESERVATION: quota used up or OCS re-auth. */
    CREDIT_PENDING,
    /** CallAnswered. */
    ANSWERED,
    /** CallHeld. */
    HELD,
    /** CallResumed. */
    RESUMED,
    /** CallHungUp by either party. */
    HUNG_UP,
    /** CreditResult of the credit finalisation (whatever its outcome: the instance is final). */
    FINALISED,
    /** ChargingInstanceEnded: the OCS aborted the session or its lifetime expired. */
    CHARGING_ENDED;

    /** The input a CreditResult of the call's reservation instance stands for. */
    public static CallInput of(CreditResult result) {
        if (result.getInstruction() == ChargingInstruction.CREDIT_FINALISATION) {
            return FINALISED;
        }
        if (result.getInstruction() != ChargingInstruction.CREDIT_RESERVATION) {
            throw new IllegalArgumentException("a call reservation instance does not answer " + result);
        }
        switch (CreditVerdict.of(result)) {
        case GRANTED:
            return GRANTED;
        case DENIED:
            return DENIED;
        case CONTINUED:
            return CONTINUED;
        default:
            return FAILED;
        }
    }

    /** The input an InstructionPending of the call's reservation instance stands for. */
    public static CallInput of(InstructionPending pending) {
        if (pending.getInstruction() != ChargingInstruction.CREDIT_RESERVATION) {
            throw new IllegalArgumentException("a call reservation instance does not ask for " + pending);
        }
        return CREDIT_PENDING;
    }
}
