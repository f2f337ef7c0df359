package org.sleecharging.container.internal.runtime.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.slee.InvalidArgumentException;
import javax.slee.InvalidStateException;
import javax.slee.SbbID;
import javax.slee.ServiceID;
import javax.slee.UnrecognizedServiceException;
import javax.slee.management.InvalidLinkNameBindingStateException;
import javax.slee.management.ServiceState;
import javax.slee.resource.ActivityIsEndingException;
import org.sleecharging.container.internal.model.RaEntityBindingDescriptor;
import org.sleecharging.container.internal.model.RaTypeBindingDescriptor;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.model.ServiceDescriptor;
import org.sleecharging.container.internal.runtime.activity.Activities;
import org.sleecharging.container.internal.runtime.activity.ActivityContextImpl;
import org.sleecharging.container.internal.runtime.activity.ActivityKind;
import org.sleecharging.container.internal.runtime.activity.EventEnvelope;
import org.sleecharging.container.internal.runtime.activity.StandardEvents;
import org.sleecharging.container.internal.runtime.router.ActiveService;
import org.sleecharging.container.internal.runtime.router.ServiceDirectory;
import org.sleecharging.container.internal.runtime.sbb.SbbComponent;
import org.sleecharging.container.internal.runtime.sbb.SbbRuntime;
import org.sleecharging.container.internal.spi.RaEntityDirectory;
import org.sleecharging.container.internal.spi.ServiceLifecycleListener;

/**
 * Service states with ServiceManagementMBean semantics (JSLEE 1.1 §2.2.8, §14.7): activation checks
 * the link names its SBBs need and fires ServiceStartedEvent on the service activity (§8.7);
 * deactivation ends the service activity and leaves the service STOPPING until its last SBB entity
 * is gone.
 */
public final class ServiceRuntime implements ServiceDirectory {
  private final Map<ServiceID, ServiceDescriptor> installed = new LinkedHashMap<>();
  private final Map<ServiceID, ServiceState> states = new LinkedHashMap<>();
  private final Map<ServiceID, ActivityContextImpl> serviceActivities = new LinkedHashMap<>();
  private final List<ServiceLifecycleListener> listeners = new CopyOnWriteArrayList<>();
  private final SbbRuntime sbbs;
  private final Activities activities;
  private final RaEntityDirectory raEntities;
  private volatile List<ActiveService> active = List.of();
  private volatile boolean anyStopping;

  public ServiceRuntime(SbbRuntime sbbs, Activities activities, RaEntityDirectory raEntities) {
    this.sbbs = sbbs;
    this.activities = activities;
    this.raEntities = raEntities;
  }

  public void addServiceLifecycleListener(ServiceLifecycleListener listener) {
    listeners.add(listener);
  }

  synchronized void installed(ServiceDescriptor service) {
    installed.put(service.id(), service);
    states.put(service.id(), ServiceState.INACTIVE);
    statesChanged();
  }

  synchronized void uninstalled(ServiceID id) {
    installed.remove(id);
    states.remove(id);
    statesChanged();
  }

  public synchronized ServiceState getState(ServiceID id) throws UnrecognizedServiceException {
    ServiceState state = states.get(id);
    if (state == null) {
      throw new UnrecognizedServiceException("service not installed: " + id);
    }
    return state;
  }

  public synchronized ServiceID[] getServices(ServiceState state) {
    return states.entrySet().stream()
        .filter(e -> e.getValue().equals(state))
        .map(Map.Entry::getKey)
        .toArray(ServiceID[]::new);
  }

  public void activate(ServiceID... ids)
      throws UnrecognizedServiceException, InvalidStateException, InvalidArgumentException {
    List<ServiceID> started = activateAll(ids);
    for (ServiceID id : started) {
      fireServiceStarted(id);
      listeners.forEach(l -> l.serviceActive(id));
    }
  }

  private synchronized List<ServiceID> activateAll(ServiceID[] ids)
      throws UnrecognizedServiceException, InvalidStateException, InvalidArgumentException {
    checkDistinct(ids);
    for (ServiceID id : ids) {
      if (!getState(id).isInactive()) {
        throw new InvalidStateException("service " + id + " is " + getState(id) + ", not INACTIVE");
      }
      if (sbbs.component(installed.get(id).rootSbb()).isEmpty()) {
        throw new InvalidStateException("service " + id + ": root SBB "
            + installed.get(id).rootSbb() + " is not installed in the runtime");
      }
      checkLinkNames(id);
    }
    List<ServiceID> started = new ArrayList<>();
    for (ServiceID id : ids) {
      states.put(id, ServiceState.ACTIVE);
      serviceActivities.put(
          id, activities.startSleeOwned(ActivityKind.SERVICE, new ServiceActivityImpl(id)));
      started.add(id);
    }
    statesChanged();
    return started;
  }

  private static void checkDistinct(ServiceID[] ids) throws InvalidArgumentException {
    if (ids == null || ids.length == 0) {
      throw new InvalidArgumentException("no service ids given");
    }
    Set<ServiceID> seen = new HashSet<>();
    for (ServiceID id : ids) {
      if (id == null) {
        throw new NullPointerException("service id");
      }
      if (!seen.add(id)) {
        throw new InvalidArgumentException("service given twice: " + id);
      }
    }
  }

  /** §14.7.2: every link name an SBB of the service binds must name an RA entity. */
  private void checkLinkNames(ServiceID id) throws InvalidLinkNameBindingStateException {
    Set<SbbID> seen = new HashSet<>();
    List<SbbID> todo = new ArrayList<>(List.of(installed.get(id).rootSbb()));
    while (!todo.isEmpty()) {
      SbbID sbb = todo.remove(todo.size() - 1);
      Optional<SbbComponent> c = sbbs.component(sbb);
      if (!seen.add(sbb) || c.isEmpty()) {
        continue;
      }
      SbbDescriptor d = c.get().descriptor();
      for (RaTypeBindingDescriptor binding : d.raTypeBindings()) {
        for (RaEntityBindingDescriptor e : binding.entityBindings()) {
          if (raEntities.byLinkName(e.linkName()).isEmpty()) {
            throw new InvalidLinkNameBindingStateException("service " + id + ": SBB " + sbb
                + " needs link name " + e.linkName() + ", which is not bound to an RA entity");
          }
        }
      }
      todo.addAll(d.sbbRefs().values());
    }
  }

  private void fireServiceStarted(ServiceID id) {
    ActivityContextImpl ac;
    synchronized (this) {
      ac = serviceActivities.get(id);
    }
    SbbComponent root = sbbs.component(installed(id).rootSbb()).orElse(null);
    var type = root != null && root.event(StandardEvents.SERVICE_STARTED_1_0) != null
        ? StandardEvents.SERVICE_STARTED_1_0
        : StandardEvents.SERVICE_STARTED_1_1;
    try {
      activities.enqueue(ac, EventEnvelope.internal(type, StandardEvents.serviceStarted(id), null, id));
    } catch (ActivityIsEndingException e) {
      throw new IllegalStateException("service activity of " + id + " ended at activation", e);
    }
  }

  private synchronized ServiceDescriptor installed(ServiceID id) {
    return installed.get(id);
  }

  public void deactivate(ServiceID... ids)
      throws UnrecognizedServiceException, InvalidStateException, InvalidArgumentException {
    List<ActivityContextImpl> toEnd = new ArrayList<>();
    synchronized (this) {
      checkDistinct(ids);
      for (ServiceID id : ids) {
        if (!getState(id).isActive()) {
          throw new InvalidStateException("service " + id + " is " + getState(id) + ", not ACTIVE");
        }
      }
      for (ServiceID id : ids) {
        states.put(id, ServiceState.STOPPING);
        toEnd.add(serviceActivities.remove(id));
      }
      statesChanged();
    }
    for (ServiceID id : ids) {
      listeners.forEach(l -> l.serviceStopping(id));
    }
    toEnd.forEach(activities::end);
    checkStopped();
  }

  public void deactivateAndActivate(ServiceID[] deactivate, ServiceID[] activate)
      throws UnrecognizedServiceException, InvalidStateException, InvalidArgumentException {
    deactivate(deactivate);
    activate(activate);
  }

  /** Moves STOPPING services whose SBB entities are all gone to INACTIVE (§2.2.8). */
  public void checkStopped() {
    if (!anyStopping) {
      return;
    }
    List<ServiceID> stopped = new ArrayList<>();
    synchronized (this) {
      for (Map.Entry<ServiceID, ServiceState> e : states.entrySet()) {
        if (e.getValue().isStopping() && sbbs.entities().count(e.getKey()) == 0) {
          e.setValue(ServiceState.INACTIVE);
          stopped.add(e.getKey());
        }
      }
      statesChanged();
    }
    for (ServiceID id : stopped) {
      listeners.forEach(l -> l.serviceInactive(id));
    }
  }

  /** Read on every event: a snapshot replaced on each state change, not built per call. */
  @Override
  public List<ActiveService> active() {
    return active;
  }

  /** Under this object's lock after every change of {@link #states}. */
  private void statesChanged() {
    active = computeActive();
    anyStopping = states.values().stream().anyMatch(ServiceState::isStopping);
  }

  private List<ActiveService> computeActive() {
    List<ActiveService> result = new ArrayList<>();
    for (Map.Entry<ServiceID, ServiceState> e : states.entrySet()) {
      if (e.getValue().isActive()) {
        ServiceDescriptor d = installed.get(e.getKey());
        sbbs.component(d.rootSbb())
            .ifPresent(root -> result.add(new ActiveService(d.id(), root, d.defaultPriority())));
      }
    }
    return List.copyOf(result);
  }

  /** The service activity of an ACTIVE service (§8.7), for ServiceActivityFactory. */
  public synchronized Optional<ActivityContextImpl> serviceActivity(ServiceID id) {
    return Optional.ofNullable(serviceActivities.get(id));
  }

  /** SBB entities (roots and descendants) of the service: inspection for tests and management. */
  public int sbbEntityCount(ServiceID id) {
    return sbbs.entities().count(id);
  }
}
