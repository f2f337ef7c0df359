package org.sleecharging.ra.engine.state;

/** An event that TS 29.198-12 §9.1 does not allow in the session's current state. */
public final class IllegalTransitionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final SessionState state;
    private final SessionEvent event;

    public IllegalTransitionException(SessionState state, SessionEvent event) {
        super(event + " is not allowed in state " + state + " (TS 29.198-12 §9.1)");
        this.state = state;
        this.event = event;
    }

    public SessionState getState() {
        return state;
    }

    public SessionEvent getEvent() {
        return event;
    }
}
