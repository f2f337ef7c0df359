package org.sleecharging.netsim.event;

/** The held call is talking again. */
public final class CallResumed extends NetworkEvent {
  private static final long serialVersionUID = 1L;

  public CallResumed(NetworkActivityId activityId) {
    super(activityId);
  }
}
