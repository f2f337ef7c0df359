package org.sleecharging.container.internal.model;

/** The {@code initial-event-select} variables of JSLEE 1.1 §8.6.2 (AddressProfile is refused). */
public enum InitialEventSelect {
  ACTIVITY_CONTEXT("ActivityContext"),
  ADDRESS_PROFILE("AddressProfile"),
  ADDRESS("Address"),
  EVENT_TYPE("EventType"),
  EVENT("Event");

  private final String descriptorName;

  InitialEventSelect(String descriptorName) {
    this.descriptorName = descriptorName;
  }

  public String descriptorName() {
    return descriptorName;
  }

  public static InitialEventSelect fromDescriptor(String value) {
    for (InitialEventSelect s : values()) {
      if (s.descriptorName.equals(value)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown initial-event-select variable: " + value);
  }
}
