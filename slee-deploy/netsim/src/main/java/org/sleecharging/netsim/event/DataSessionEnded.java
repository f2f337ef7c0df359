package org.sleecharging.netsim.event;

/** The subscriber's data session ended (detach); the activity ends after this event. */
public final class DataSessionEnded extends NetworkEvent {
  private static final long serialVersionUID = 1L;

  public DataSessionEnded(NetworkActivityId activityId) {
    super(activityId);
  }
}
