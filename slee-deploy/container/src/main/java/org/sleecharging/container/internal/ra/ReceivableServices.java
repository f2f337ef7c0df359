package org.sleecharging.container.internal.ra;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import javax.slee.EventTypeID;
import javax.slee.SbbID;
import javax.slee.ServiceID;
import javax.slee.UnrecognizedComponentException;
import javax.slee.UnrecognizedServiceException;
import org.sleecharging.container.internal.model.ChildRelationDescriptor;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.model.SbbEventDescriptor;
import org.sleecharging.container.internal.model.ServiceDescriptor;
import org.sleecharging.container.internal.spi.ComponentRepository;

/**
 * Builds the ReceivableService of a service for one RA entity (JSLEE 1.1 ch. 15): the events
 * received by the root SBB and, through child relations, by every descendant SBB, limited to the
 * event types the entity may fire. Only the root SBB's initial events are initial: a child SBB is
 * never created by an initial event (JSLEE 1.1 §8.6).
 */
final class ReceivableServices {

  private final ComponentRepository repository;

  ReceivableServices(ComponentRepository repository) {
    this.repository = repository;
  }

  ReceivableServiceValue of(ServiceID serviceId, Predicate<EventTypeID> entityMayFire)
      throws UnrecognizedServiceException {
    ServiceDescriptor service;
    try {
      service = repository.get(serviceId, ServiceDescriptor.class).descriptor();
    } catch (UnrecognizedComponentException e) {
      throw new UnrecognizedServiceException("service not installed: " + serviceId);
    }
    Set<ReceivableServiceValue.Event> events = new LinkedHashSet<>();
    Set<SbbID> seen = new HashSet<>();
    Deque<SbbID> pending = new ArrayDeque<>();
    pending.add(service.rootSbb());
    while (!pending.isEmpty()) {
      SbbID id = pending.poll();
      if (!seen.add(id)) {
        continue;
      }
      SbbDescriptor sbb = sbb(serviceId, id);
      boolean root = id.equals(service.rootSbb());
      for (SbbEventDescriptor e : sbb.events()) {
        if (e.direction().receives() && entityMayFire.test(e.eventType())) {
          events.add(
              new ReceivableServiceValue.Event(
                  e.eventType(), e.resourceOption(), root && e.initialEvent()));
        }
      }
      for (ChildRelationDescriptor child : sbb.childRelations()) {
        SbbID childId = sbb.sbbRefs().get(child.sbbAliasRef());
        if (childId == null) {
          throw new IllegalStateException(
              "child relation "
                  + child.methodName()
                  + " of "
                  + id
                  + " names unknown sbb-alias "
                  + child.sbbAliasRef());
        }
        pending.add(childId);
      }
    }
    return new ReceivableServiceValue(serviceId, events.stream().toList());
  }

  private SbbDescriptor sbb(ServiceID service, SbbID id) throws UnrecognizedServiceException {
    try {
      return repository.get(id, SbbDescriptor.class).descriptor();
    } catch (UnrecognizedComponentException e) {
      throw new UnrecognizedServiceException("SBB " + id + " of " + service + " is not installed");
    }
  }
}
