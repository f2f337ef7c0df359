package org.sleecharging.netsim;

import org.sleecharging.netsim.event.NetworkActivityId;

/** A step that the activity's current state does not allow; nothing changed. */
public final class IllegalNetworkTransitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final NetworkActivityId activityId;
  private final String state;
  private final String step;

  public IllegalNetworkTransitionException(NetworkActivityId activityId, Enum<?> state, Enum<?> step) {
    super(activityId + " in state " + state + ": " + step + " not allowed");
    this.activityId = activityId;
    this.state = state.name();
    this.step = step.name();
  }

  public NetworkActivityId getActivityId() {
    return activityId;
  }

  public String getState() {
    return state;
  }

  public String getStep() {
    return step;
  }
}
