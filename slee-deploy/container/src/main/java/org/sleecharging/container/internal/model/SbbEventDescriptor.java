package org.sleecharging.container.internal.model;

import java.util.Set;
import javax.slee.EventTypeID;

/**
 * An SBB {@code event} element. {@code initialEventSelectorMethod} and {@code resourceOption} are
 * null when absent.
 */
public record SbbEventDescriptor(
    String eventName,
    EventTypeID eventType,
    EventDirection direction,
    boolean initialEvent,
    boolean maskOnAttach,
    Set<InitialEventSelect> initialEventSelects,
    String initialEventSelectorMethod,
    String resourceOption) {

  public SbbEventDescriptor {
    initialEventSelects = Set.copyOf(initialEventSelects);
  }
}
