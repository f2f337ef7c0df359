package org.sleecharging.container.internal.ra;

import java.util.Objects;
import javax.slee.EventTypeID;
import javax.slee.resource.FireableEventType;

/**
 * An event type an RA entity may fire, as its EventLookupFacility returns it (JSLEE 1.1 ch. 15);
 * the class loader is that of the event type component.
 */
public record FireableEvent(
    EventTypeID eventType, String eventClassName, ClassLoader eventClassLoader)
    implements FireableEventType {

  public FireableEvent {
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(eventClassName, "eventClassName");
    Objects.requireNonNull(eventClassLoader, "eventClassLoader");
  }

  @Override
  public EventTypeID getEventType() {
    return eventType;
  }

  @Override
  public String getEventClassName() {
    return eventClassName;
  }

  @Override
  public ClassLoader getEventClassLoader() {
    return eventClassLoader;
  }
}
