package org.sleecharging.container.internal.runtime.activity;

import javax.slee.Address;
import javax.slee.EventTypeID;
import javax.slee.ServiceID;
import javax.slee.resource.FireableEventType;
import javax.slee.resource.ReceivableService;
import org.sleecharging.container.internal.spi.RaEntityRef;

/**
 * One event queued on an activity. {@code firedBy} and {@code fireable} are set for events an RA
 * entity fired (for its callbacks); {@code service} limits processing to one service (§8.5.1).
 */
public record EventEnvelope(
    EventTypeID eventType,
    Object event,
    Address address,
    ServiceID service,
    int flags,
    RaEntityRef firedBy,
    FireableEventType fireable,
    ReceivableService receivableService,
    boolean activityEnd) {

  public static EventEnvelope internal(
      EventTypeID type, Object event, Address address, ServiceID service) {
    return new EventEnvelope(type, event, address, service, 0, null, null, null, false);
  }
}
