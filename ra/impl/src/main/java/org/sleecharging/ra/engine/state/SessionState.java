package org.sleecharging.ra.engine.state;

/** States of a charging session (TS 29.198-12 §9.1 IpChargingSession state transition diagram). */
public enum SessionState {
    /** Created, nothing reserved yet. */
    SESSION_CREATED(true, false, true),
    /** An amount (money) reservation is held. */
    AMOUNT_RESERVED(true, true, true),
    /** A unit (volume) reservation is held. */
    VOLUME_RESERVED(true, true, true),
    /** The reservation was closed or its limit reached; direct charging and rating still work. */
    RESERVATION_ENDED(false, false, true),
    /** Released, lifetime expired or aborted by the OCS: nothing is accepted any more. */
    ENDED(false, false, false);

    private final boolean mayReserve;
    private final boolean holdsReservation;
    private final boolean live;

    SessionState(boolean mayReserve, boolean holdsReservation, boolean live) {
        this.mayReserve = mayReserve;
        this.holdsReservation = holdsReservation;
        this.live = live;
    }

    /** Whether a reserve request may be made (some reservation kinds only; see the transition table). */
    public boolean mayReserve() {
        return mayReserve;
    }

    /** Whether a reservation (and so a lifetime) exists: debit, credit, extend, getLifeTimeLeft need one. */
    public boolean holdsReservation() {
        return holdsReservation;
    }

    public boolean isTerminal() {
        return !live;
    }
}
