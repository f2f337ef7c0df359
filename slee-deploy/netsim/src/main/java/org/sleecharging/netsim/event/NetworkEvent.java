package org.sleecharging.netsim.event;

import java.io.Serializable;

/** What every simulated network event carries: the activity it happened on. */
public abstract class NetworkEvent implements Serializable {
  private static final long serialVersionUID = 1L;

  private final NetworkActivityId activityId;

  protected NetworkEvent(NetworkActivityId activityId) {
    if (activityId == null) {
      throw new NullPointerException("activityId");
    }
    this.activityId = activityId;
  }

  public final NetworkActivityId getActivityId() {
    return activityId;
  }

  /** Event-specific fields for {@link #toString()}; empty by default. */
  protected String details() {
    return "";
  }

  @Override
  public String toString() {
    String d = details();
    return getClass().getSimpleName() + "[" + activityId + (d.isEmpty() ? "" : ", " + d) + "]";
  }
}
