package org.sleecharging.container.internal.model;

/** The {@code event-direction} attribute of an SBB {@code event} element. */
public enum EventDirection {
  FIRE("Fire"),
  RECEIVE("Receive"),
  FIRE_AND_RECEIVE("FireAndReceive");

  private final String descriptorName;

  EventDirection(String descriptorName) {
    this.descriptorName = descriptorName;
  }

  public boolean receives() {
    return this != FIRE;
  }

  public boolean fires() {
    return this != RECEIVE;
  }

  public static EventDirection fromDescriptor(String value) {
    for (EventDirection d : values()) {
      if (d.descriptorName.equals(value)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown event-direction: " + value);
  }
}
