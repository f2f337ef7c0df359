package org.sleecharging.container.internal.runtime.router;

import javax.slee.Address;
import javax.slee.EventTypeID;

/**
 * A convergence name (JSLEE 1.1 §8.6.1): the selected initial-event-select variables and the custom
 * name; unselected ones are null. The event is compared by identity, as the same event object
 * delivered on several activities.
 */
record ConvergenceName(
    Long activityContext, Address address, EventTypeID eventType, EventIdentity event, String customName) {

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
