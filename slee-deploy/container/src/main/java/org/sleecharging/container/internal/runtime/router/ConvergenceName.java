package org.sleecharging.container.internal.runtime.router;

import java.util.Objects;
import javax.slee.Address;
import javax.slee.EventTypeID;

/**
 * A convergence name (JSLEE 1.1 §8.6.1): the selected initial-event-select variables and the custom
 * name; unselected ones are null. The event is compared by identity, as the same event object
 * delivered on several activities. The hash is computed once: every initial event looks its name
 * up in the root entity map, and removal looks it up again.
 */
final class ConvergenceName {
  private final Long activityContext;
  private final Address address;
  private final EventTypeID eventType;
  private final EventIdentity event;
  private final String customName;
  private final int hash;

  ConvergenceName(Long activityContext, Address address, EventTypeID eventType,
      EventIdentity event, String customName) {
    this.activityContext = activityContext;
    this.address = address;
    this.eventType = eventType;
    this.event = event;
    this.customName = customName;
    this.hash = Objects.hash(activityContext, address, eventType, event, customName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConvergenceName other
        && hash == other.hash
        && Objects.equals(activityContext, other.activityContext)
        && Objects.equals(address, other.address)
        && Objects.equals(eventType, other.eventType)
        && Objects.equals(event, other.event)
        && Objects.equals(customName, other.customName);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return "ConvergenceName[ac=" + activityContext + ", address=" + address + ", eventType="
        + eventType + ", event=" + event + ", custom=" + customName + "]";
  }

  /** Identity wrapper for the Event variable. */
  record EventIdentity(Object event) {
    @Override
    public boolean equals(Object o) {
      return o instanceof EventIdentity other && other.event == event;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(event);
    }
  }
}
