package org.sleecharging.netsim.event;

/** The called party answered; chargeable time starts. */
public final class CallAnswered extends NetworkEvent {
  private static final long serialVersionUID = 1L;

  public CallAnswered(NetworkActivityId activityId) {
    super(activityId);
  }
}
