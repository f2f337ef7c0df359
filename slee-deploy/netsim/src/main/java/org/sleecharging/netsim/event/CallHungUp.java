package org.sleecharging.netsim.event;

/** A party hung up; the call activity ends after this event. */
public final class CallHungUp extends NetworkEvent {
  private static final long serialVersionUID = 1L;

  private final CallParty party;

  public CallHungUp(NetworkActivityId activityId, CallParty party) {
    super(activityId);
    if (party == null) {
      throw new NullPointerException("party");
    }
    this.party = party;
  }

  public CallParty getParty() {
    return party;
  }

  @Override
  protected String details() {
    return party.name();
  }
}
