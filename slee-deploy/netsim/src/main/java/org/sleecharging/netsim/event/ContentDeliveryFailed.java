package org.sleecharging.netsim.event;

/** Allowed content could not be delivered; nothing of it reached the subscriber. */
public final class ContentDeliveryFailed extends NetworkEvent {
  private static final long serialVersionUID = 1L;

  private final String contentId;
  private final String reason;

  public ContentDeliveryFailed(NetworkActivityId activityId, String contentId, String reason) {
    super(activityId);
    this.contentId = Octets.contentId(contentId);
    if (reason == null) {
      throw new NullPointerException("reason");
    }
    this.reason = reason;
  }

  public String getContentId() {
    return contentId;
  }

  public String getReason() {
    return reason;
  }

  @Override
  protected String details() {
    return contentId + ", " + reason;
  }
}
