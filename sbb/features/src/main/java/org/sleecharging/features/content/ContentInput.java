package org.sleecharging.features.content;

import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.features.CreditVerdict;

/** What happens to one requested piece of content: network events and the manager's answers. */
public enum ContentInput {
    /** ContentRequested. */
    REQUESTED,
    /** CreditResult of the reservation: at least the content's size granted. */
    GRANTED,
    /** CreditResult of the reservation: less than the content's size granted, so it cannot be delivered. */
    GRANTED_SHORT,
    /** CreditResult of the reservation: the OCS refused. */
    DENIED,
    /**
     * CreditResult of the reservation: no usable answer (also when charging continues without credit
     * control, CONTINUED), or the manager refused the instruction.
     */
    FAILED,
    /** InstructionPending: validity time or OCS re-auth while the content is being delivered. */
    CREDIT_PENDING,
    /** ContentDelivered. */
    DELIVERED,
    /** ContentDeliveryFailed. */
    DELIVERY_FAILED,
    /** DataSessionEnded. */
    SESSION_ENDED,
    /** CreditResult of the finalisation. */
    FINALISED,
    /** ChargingInstanceEnded: the OCS aborted the session or its lifetime expired. */
    CHARGING_ENDED;

    /** The input a CreditResult of a content's instance stands for; {@code octets} is the content's size. */
    public static ContentInput of(CreditResult result, long octets) {
        if (result.getInstruction() == ChargingInstruction.CREDIT_FINALISATION) {
            return FINALISED;
        }
        if (result.getInstruction() != ChargingInstruction.CREDIT_RESERVATION) {
            throw new IllegalArgumentException("a content reservation instance does not answer " + result);
        }
        switch (CreditVerdict.of(result)) {
        case GRANTED:
            return covers(result.getGrantedUnits(), octets) ? GRANTED : GRANTED_SHORT;
        case DENIED:
            return DENIED;
        default:
            // CONTINUED (RFC 4006 §5.7 CONTINUE) brings no new grant: the content is only delivered on a
            // grant that covers it, so it is refused like FAILED (a content's first reservation is
            // never CONTINUED anyway).
            return FAILED;
        }
    }

    /**
     * Whether a grant covers the whole content. A grant without units (the manager had none to
     * report) is taken as covering it, since the OCS answered with success to a request for exactly
     * the content's size.
     */
    static boolean covers(VolumeSet granted, long octets) {
        if (granted == null) {
            return true;
        }
        Volume volume = granted.get(Unit.OCTETS).orElse(null);
        return volume != null && volume.amount().compareTo(Amount.of(octets, 0)) >= 0;
    }
}
