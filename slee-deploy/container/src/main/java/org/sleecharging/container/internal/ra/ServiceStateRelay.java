package org.sleecharging.container.internal.ra;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.slee.ServiceID;
import javax.slee.UnrecognizedServiceException;
import javax.slee.resource.ReceivableService;
import javax.slee.resource.ResourceAdaptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes service state changes on to RA entities (JSLEE 1.1 §15.12) and remembers the active
 * services, which an entity is told of when it is activated later. Each entity sees the service as
 * its ReceivableService: only event types it may fire.
 */
final class ServiceStateRelay {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceStateRelay.class);

  private final ReceivableServices receivableServices;
  private final Supplier<Collection<RaEntity>> entities;
  private final Set<ServiceID> active = ConcurrentHashMap.newKeySet();

  ServiceStateRelay(
      ReceivableServices receivableServices, Supplier<Collection<RaEntity>> entities) {
    this.receivableServices = receivableServices;
    this.entities = entities;
  }

  /** Told to every ACTIVE entity. */
  void serviceActive(ServiceID service) {
    active.add(service);
    relay(service, EntityState.ACTIVE::equals, "serviceActive", ResourceAdaptor::serviceActive);
  }

  /** Told to ACTIVE and STOPPING entities, which may still have activities for the service. */
  void serviceStopping(ServiceID service) {
    active.remove(service);
    relay(service, EntityState::mayFireEvents, "serviceStopping", ResourceAdaptor::serviceStopping);
  }

  void serviceInactive(ServiceID service) {
    active.remove(service);
    relay(service, EntityState::mayFireEvents, "serviceInactive", ResourceAdaptor::serviceInactive);
  }

  /** The active services as the entity sees them, for its activation. */
  List<ReceivableService> activeServicesFor(RaEntity entity) {
    return receivable(entity, active);
  }

  private void relay(
      ServiceID service,
      Predicate<EntityState> inState,
      String callback,
      BiConsumer<ResourceAdaptor, ReceivableService> call) {
    for (RaEntity entity : entities.get()) {
      if (inState.test(entity.state())) {
        for (ReceivableService r : receivable(entity, Set.of(service))) {
          entity.serviceCallback(callback, r, s -> call.accept(entity.ra(), s));
        }
      }
    }
  }

  /** A service no longer installed is logged and skipped: the entity cannot be told of it. */
  private List<ReceivableService> receivable(RaEntity entity, Set<ServiceID> serviceIds) {
    List<ReceivableService> result = new ArrayList<>();
    for (ServiceID id : new TreeSet<>(serviceIds)) {
      try {
        result.add(receivableServices.of(id, entity::mayFire));
      } catch (UnrecognizedServiceException e) {
        LOG.error("service {} changed state but is not installed; not told to {}", id, entity, e);
      }
    }
    return result;
  }
}
