package org.sleecharging.manager.internal;

/** An event that the charging-instance state machine does not allow in the current state. */
public final class IllegalTransitionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final InstanceState state;
    private final InstanceEvent event;

    public IllegalTransitionException(InstanceState state, InstanceEvent event) {
        super("charging instance in state " + state + " does not allow " + event);
        this.state = state;
        this.event = event;
    }

    public InstanceState getState() {
        return state;
    }

    public InstanceEvent getEvent() {
        return event;
    }
}
