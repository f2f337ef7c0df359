package org.sleecharging.netsim.event;

import javax.slee.Address;

/** A subscriber attached to a data network: the initial event of a data session. */
public final class DataSessionStarted extends NetworkEvent {
  private static final long serialVersionUID = 1L;

  private final Address subscriber;
  private final String accessPoint;

  public DataSessionStarted(NetworkActivityId activityId, Address subscriber, String accessPoint) {
    super(activityId);
    if (subscriber == null || accessPoint == null) {
      throw new NullPointerException("subscriber and accessPoint are required");
    }
    this.subscriber = subscriber;
    this.accessPoint = accessPoint;
  }

  public Address getSubscriber() {
    return subscriber;
  }

  /** The access point name, e.g. {@code internet}. */
  public String getAccessPoint() {
    return accessPoint;
  }

  @Override
  protected String details() {
    return subscriber.getAddressString() + "@" + accessPoint;
  }
}
