package org.sleecharging.container.internal.ra;

import java.util.List;
import java.util.Objects;
import javax.slee.EventTypeID;
import javax.slee.ServiceID;
import javax.slee.resource.ReceivableService;

/** A service and the events its SBBs can receive (JSLEE 1.1 ch. 15), an immutable value. */
public record ReceivableServiceValue(ServiceID service, List<Event> events)
    implements ReceivableService {

  public ReceivableServiceValue {
    Objects.requireNonNull(service, "service");
    events = List.copyOf(events);
  }

  @Override
  public ServiceID getService() {
    return service;
  }

  @Override
  public ReceivableEvent[] getReceivableEvents() {
    return events.toArray(ReceivableEvent[]::new);
  }

  /** One receivable event type; {@code resourceOption} is null when the descriptor gives none. */
  public record Event(EventTypeID eventType, String resourceOption, boolean initialEvent)
      implements ReceivableEvent {

    public Event {
      Objects.requireNonNull(eventType, "eventType");
    }

    @Override
    public EventTypeID getEventType() {
      return eventType;
    }

    @Override
    public String getResourceOption() {
      return resourceOption;
    }

    @Override
    public boolean isInitialEvent() {
      return initialEvent;
    }
  }
}
