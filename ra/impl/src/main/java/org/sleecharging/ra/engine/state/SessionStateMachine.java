package org.sleecharging.ra.engine.state;

import static org.sleecharging.ra.engine.state.SessionState.AMOUNT_RESERVED;
import static org.sleecharging.ra.engine.state.SessionState.ENDED;
import static org.sleecharging.ra.engine.state.SessionState.RESERVATION_ENDED;
import static org.sleecharging.ra.engine.state.SessionState.SESSION_CREATED;
import static org.sleecharging.ra.engine.state.SessionState.VOLUME_RESERVED;

/**
 * The one transition function of a charging session. Side-effect free: sending CCRs, timers and
 * events wrap it (STYLE.md lesson 2).
 */
public final class SessionStateMachine {

    private SessionStateMachine() {
    }

    /** The state after {@code event}; throws {@link IllegalTransitionException} if §9.1 forbids it. */
    public static SessionState next(SessionState state, SessionEvent event) {
        if (state == ENDED) {
            // §9.1: after release or expiry the session object no longer exists.
            throw new IllegalTransitionException(state, event);
        }
        switch (event) {
            case RELEASED:
            case LIFETIME_EXPIRED:
            case ABORTED:
            case CREDIT_CONTROL_FAILED:
                // §9.1: release() and the lifetime timer end the session from every state; an OCS
                // abort (RFC 4006 §5.6) and a failed CCR under Credit-Control-Failure-Handling
                // TERMINATE (RFC 4006 §8.14) have the same effect.
                return ENDED;
            case DIRECT_CHARGED:
            case RATED:
                // §9.1: direct debit/credit and rateReq are allowed in every live state and change nothing.
                return state;
            case AMOUNT_RESERVED:
                // §9.1: Session Created → Amount Reserved; further reservations stay there.
                return requireOneOf(state, event, SESSION_CREATED, AMOUNT_RESERVED, AMOUNT_RESERVED);
            case VOLUME_RESERVED:
                // §9.1: Session Created → Volume Reserved; further reservations stay there.
                return requireOneOf(state, event, SESSION_CREATED, VOLUME_RESERVED, VOLUME_RESERVED);
            case AMOUNT_DEBITED_OR_CREDITED:
                // §8.3 debitAmountReq/creditAmountReq: only against an amount reservation.
                return requireOneOf(state, event, AMOUNT_RESERVED, AMOUNT_RESERVED, AMOUNT_RESERVED);
            case VOLUME_DEBITED_OR_CREDITED:
                // §8.3 debitUnitReq/creditUnitReq: only against a unit reservation.
                return requireOneOf(state, event, VOLUME_RESERVED, VOLUME_RESERVED, VOLUME_RESERVED);
            case LIFETIME_EXTENDED:
                // §8.3 extendLifeTimeReq: only while a reservation (with a lifetime) exists.
                return requireHolding(state, event, state);
            case RESERVATION_CLOSED:
                // §9.1: closeReservation or the reservation limit reached → Reservation Ended.
                return requireHolding(state, event, RESERVATION_ENDED);
            default:
                throw new IllegalTransitionException(state, event);
        }
    }

    private static SessionState requireOneOf(SessionState state, SessionEvent event, SessionState first,
            SessionState second, SessionState target) {
        if (state != first && state != second) {
            throw new IllegalTransitionException(state, event);
        }
        return target;
    }

    private static SessionState requireHolding(SessionState state, SessionEvent event, SessionState target) {
        if (!state.holdsReservation()) {
            throw new IllegalTransitionException(state, event);
        }
        return target;
    }
}
