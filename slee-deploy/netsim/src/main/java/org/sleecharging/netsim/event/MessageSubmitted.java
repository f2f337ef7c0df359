package org.sleecharging.netsim.event;

import javax.slee.Address;

/** A subscriber submits a message: the initial event of a message. The SBB accepts or rejects it. */
public final class MessageSubmitted extends NetworkEvent {
  private static final long serialVersionUID = 1L;

  private final Address originator;
  private final Address recipient;
  private final int segments;

  public MessageSubmitted(
      NetworkActivityId activityId, Address originator, Address recipient, int segments) {
    super(activityId);
    if (originator == null || recipient == null) {
      throw new NullPointerException("originator and recipient are required");
    }
    if (segments < 1) {
      throw new IllegalArgumentException("segments must be >= 1, was " + segments);
    }
    this.originator = originator;
    this.recipient = recipient;
    this.segments = segments;
  }

  /** The charged subscriber. */
  public Address getOriginator() {
    return originator;
  }

  public Address getRecipient() {
    return recipient;
  }

  /** Number of message segments, the chargeable unit. */
  public int getSegments() {
    return segments;
  }

  @Override
  protected String details() {
    return originator.getAddressString() + " -> " + recipient.getAddressString() + ", "
        + segments + " segment(s)";
  }
}
