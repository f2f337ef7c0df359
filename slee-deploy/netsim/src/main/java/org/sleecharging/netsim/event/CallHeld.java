package org.sleecharging.netsim.event;

/** One party put the call on hold; no chargeable usage until {@link CallResumed}. */
public final class CallHeld extends NetworkEvent {
  private static final long serialVersionUID = 1L;

  public CallHeld(NetworkActivityId activityId) {
    super(activityId);
  }
}
