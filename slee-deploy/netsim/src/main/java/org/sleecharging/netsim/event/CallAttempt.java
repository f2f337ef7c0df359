package org.sleecharging.netsim.event;

import javax.slee.Address;

/** A subscriber dials: the initial event of a call. The SBB connects or releases the call. */
public final class CallAttempt extends NetworkEvent {
  private static final long serialVersionUID = 1L;

  private final Address callingParty;
  private final Address calledParty;

  public CallAttempt(NetworkActivityId activityId, Address callingParty, Address calledParty) {
    super(activityId);
    if (callingParty == null || calledParty == null) {
      throw new NullPointerException("callingParty and calledParty are required");
    }
    this.callingParty = callingParty;
    this.calledParty = calledParty;
  }

  /** The charged subscriber. */
  public Address getCallingParty() {
    return callingParty;
  }

  public Address getCalledParty() {
    return calledParty;
  }

  @Override
  protected String details() {
    return callingParty.getAddressString() + " -> " + calledParty.getAddressString();
  }
}
