package org.sleecharging.features.content;

import org.sleecharging.features.Transition;
import org.sleecharging.features.TransitionTable;

/**
 * Where one requested piece of content stands, and the transition table of the content feature
 * (ECUR, TS 32.299 §6.3.5 event charging with unit reservation).
 *
 * <p>The rules the table encodes:
 * <ul>
 * <li>Reserve the content's full size before it is delivered; allow it only if the grant covers it,
 * otherwise deny it (with the refusal cause, or CREDIT_DENIED for a short grant) and finalise.</li>
 * <li>Delivered: report the delivered octets as used and finalise, so exactly those are debited
 * (CCR-TERMINATION with Used-Service-Unit).</li>
 * <li>Delivery failed, or the session ended before delivery: finalise with nothing used, which
 * returns the whole reservation to the subscriber (the refund path of ECUR: nothing was debited).</li>
 * <li>A pending re-reservation while the content is in flight is declined: the delivery report
 * settles the content.</li>
 * <li>Credit-Control-Failure-Handling CONTINUE (RFC 4006 §5.7) changes nothing here: content is
 * delivered only on a grant that covers it, and the manager never answers a first reservation with
 * CONTINUED; {@link ContentInput#of} would take one as FAILED.</li>
 * </ul>
 */
public enum ContentPhase {
    /** Not requested yet. */
    NEW,
    /** Reservation in progress; the content waits at REQUESTED. */
    RESERVING,
    /** The data session ended while the reservation was in progress. */
    RESERVING_ABANDONED,
    /** Allowed; waiting for delivery or failure. */
    ALLOWED,
    /** Finalisation in progress. */
    FINALISING,
    /** Charging of this content is over. */
    DONE;

    private static final TransitionTable<ContentPhase, ContentInput, ContentAction> TABLE = table();

    public Transition<ContentPhase, ContentAction> next(ContentInput input) {
        return TABLE.next(this, input);
    }

    public boolean allows(ContentInput input) {
        return TABLE.allows(this, input);
    }

    public boolean isDone() {
        return this == DONE;
    }

    private static TransitionTable<ContentPhase, ContentInput, ContentAction> table() {
        TransitionTable<ContentPhase, ContentInput, ContentAction> t =
                new TransitionTable<ContentPhase, ContentInput, ContentAction>(ContentPhase.class,
                        ContentInput.class);
        t.on(NEW, ContentInput.REQUESTED, RESERVING, ContentAction.RESERVE);

        t.on(RESERVING, ContentInput.GRANTED, ALLOWED, ContentAction.ALLOW);
        t.on(RESERVING, ContentInput.GRANTED_SHORT, FINALISING, ContentAction.DENY, ContentAction.FINALISE);
        t.on(RESERVING, ContentInput.DENIED, FINALISING, ContentAction.DENY, ContentAction.FINALISE);
        t.on(RESERVING, ContentInput.FAILED, FINALISING, ContentAction.DENY, ContentAction.FINALISE);
        t.on(RESERVING, ContentInput.SESSION_ENDED, RESERVING_ABANDONED);
        t.on(RESERVING, ContentInput.CHARGING_ENDED, DONE, ContentAction.DENY);

        for (ContentInput answer : new ContentInput[] {ContentInput.GRANTED, ContentInput.GRANTED_SHORT,
                ContentInput.DENIED, ContentInput.FAILED}) {
            t.on(RESERVING_ABANDONED, answer, FINALISING, ContentAction.FINALISE);
        }
        t.on(RESERVING_ABANDONED, ContentInput.CHARGING_ENDED, DONE);

        t.on(ALLOWED, ContentInput.DELIVERED, FINALISING, ContentAction.REPORT_DELIVERED, ContentAction.FINALISE);
        t.on(ALLOWED, ContentInput.DELIVERY_FAILED, FINALISING, ContentAction.FINALISE);
        t.on(ALLOWED, ContentInput.SESSION_ENDED, FINALISING, ContentAction.FINALISE);
        t.on(ALLOWED, ContentInput.CREDIT_PENDING, ALLOWED, ContentAction.DECLINE_INSTRUCTION);
        t.on(ALLOWED, ContentInput.CHARGING_ENDED, DONE);

        t.on(FINALISING, ContentInput.FINALISED, DONE);
        t.on(FINALISING, ContentInput.CHARGING_ENDED, DONE);
        t.ignore(FINALISING, ContentInput.SESSION_ENDED, ContentInput.CREDIT_PENDING);

        t.ignore(DONE, ContentInput.values());
        return t;
    }
}
