package org.sleecharging.netsim.event;

/**
 * The subscriber asks for a piece of content of a known size. The SBB allows or denies its
 * delivery ({@code DataSessionActivity.allowContent/denyContent}).
 */
public final class ContentRequested extends NetworkEvent {
  private static final long serialVersionUID = 1L;

  private final String contentId;
  private final long octets;

  public ContentRequested(NetworkActivityId activityId, String contentId, long octets) {
    super(activityId);
    this.contentId = Octets.contentId(contentId);
    this.octets = Octets.positive(octets);
  }

  public String getContentId() {
    return contentId;
  }

  /** Size of the content. */
  public long getOctets() {
    return octets;
  }

  @Override
  protected String details() {
    return contentId + ", " + octets + " octets";
  }
}
