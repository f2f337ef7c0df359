package org.sleecharging.netsim.event;

/** An accepted message could not be delivered; the activity ends after this event. */
public final class MessageDeliveryFailed extends NetworkEvent {
  private static final long serialVersionUID = 1L;

  private final String reason;

  public MessageDeliveryFailed(NetworkActivityId activityId, String reason) {
    super(activityId);
    if (reason == null) {
      throw new NullPointerException("reason");
    }
    this.reason = reason;
  }

  public String getReason() {
    return reason;
  }

  @Override
  protected String details() {
    return reason;
  }
}
