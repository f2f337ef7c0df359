package org.sleecharging.netsim.driver;

import java.io.Serializable;
import org.sleecharging.netsim.Cause;
import org.sleecharging.netsim.event.NetworkActivityId;

/** One thing an SBB did to a simulated activity, as the simulator recorded it. */
public final class SbbAction implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ActionKind kind;
  private final NetworkActivityId activityId;
  private final Cause cause;
  private final String contentId;

  /**
   * @param cause the SBB's cause for refusals, {@link Cause#NORMAL} otherwise
   * @param contentId the content of a content action, empty otherwise
   */
  public SbbAction(ActionKind kind, NetworkActivityId activityId, Cause cause, String contentId) {
    if (kind == null || activityId == null || cause == null || contentId == null) {
      throw new NullPointerException("kind, activityId, cause and contentId are required");
    }
    this.kind = kind;
    this.activityId = activityId;
    this.cause = cause;
    this.contentId = contentId;
  }

  public ActionKind kind() {
    return kind;
  }

  public NetworkActivityId activityId() {
    return activityId;
  }

  public Cause cause() {
    return cause;
  }

  public String contentId() {
    return contentId;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SbbAction)) {
      return false;
    }
    SbbAction a = (SbbAction) o;
    return kind == a.kind && activityId.equals(a.activityId) && cause == a.cause
        && contentId.equals(a.contentId);
  }

  @Override
  public int hashCode() {
    return ((kind.hashCode() * 31 + activityId.hashCode()) * 31 + cause.hashCode()) * 31
        + contentId.hashCode();
  }

  @Override
  public String toString() {
    return kind + " " + activityId + (contentId.isEmpty() ? "" : " " + contentId)
        + (kind.isRefusal() ? " (" + cause + ")" : "");
  }
}
