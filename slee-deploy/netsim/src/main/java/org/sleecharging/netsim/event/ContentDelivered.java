package org.sleecharging.netsim.event;

/** Allowed content reached the subscriber; {@link #getOctets()} were actually delivered. */
public final class ContentDelivered extends NetworkEvent {
  private static final long serialVersionUID = 1L;

  private final String contentId;
  private final long octets;

  public ContentDelivered(NetworkActivityId activityId, String contentId, long octets) {
    super(activityId);
    this.contentId = Octets.contentId(contentId);
    this.octets = Octets.positive(octets);
  }

  public String getContentId() {
    return contentId;
  }

  public long getOctets() {
    return octets;
  }

  @Override
  protected String details() {
    return contentId + ", " + octets + " octets";
  }
}
