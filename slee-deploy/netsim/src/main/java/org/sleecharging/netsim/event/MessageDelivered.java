package org.sleecharging.netsim.event;

/** The message reached the recipient; the activity ends after this event. */
public final class MessageDelivered extends NetworkEvent {
  private static final long serialVersionUID = 1L;

  public MessageDelivered(NetworkActivityId activityId) {
    super(activityId);
  }
}
