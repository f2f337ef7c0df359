package org.sleecharging.netsim.event;

/** Octets transferred on the data session since the previous report. */
public final class DataUsage extends NetworkEvent {
  private static final long serialVersionUID = 1L;

  private final long octets;

  public DataUsage(NetworkActivityId activityId, long octets) {
    super(activityId);
    this.octets = Octets.positive(octets);
  }

  public long getOctets() {
    return octets;
  }

  @Override
  protected String details() {
    return octets + " octets";
  }
}
