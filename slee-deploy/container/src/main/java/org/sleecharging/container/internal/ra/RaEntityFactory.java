package org.sleecharging.container.internal.ra;

import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.slee.EventTypeID;
import javax.slee.UnrecognizedComponentException;
import javax.slee.management.ManagementException;
import javax.slee.resource.ResourceAdaptor;
import javax.slee.resource.ResourceAdaptorTypeID;
import org.mobicents.slee.resource.cluster.FaultTolerantResourceAdaptor;
import org.sleecharging.container.internal.model.EventTypeDescriptor;
import org.sleecharging.container.internal.model.RaDescriptor;
import org.sleecharging.container.internal.model.RaTypeDescriptor;
import org.sleecharging.container.internal.spi.ActivityManager;
import org.sleecharging.container.internal.spi.ComponentRepository;
import org.sleecharging.container.internal.spi.InstalledComponent;

/** Builds an unconfigured {@link RaEntity}: the RA object and what it needs of its RA types. */
final class RaEntityFactory {

  private final ComponentRepository repository;
  private final ActivityManager activities;
  private final RaEntityStateListener stateListener;

  RaEntityFactory(
      ComponentRepository repository,
      ActivityManager activities,
      RaEntityStateListener stateListener) {
    this.repository = repository;
    this.activities = activities;
    this.stateListener = stateListener;
  }

  RaEntity create(String entityName, InstalledComponent<RaDescriptor> component)
      throws ManagementException {
    RaDescriptor ra = component.descriptor();
    Set<EventTypeID> eventTypes = new LinkedHashSet<>();
    Map<ResourceAdaptorTypeID, String> sbbInterfaces = new HashMap<>();
    for (ResourceAdaptorTypeID typeId : ra.raTypeRefs()) {
      RaTypeDescriptor type = raType(ra, typeId);
      eventTypes.addAll(type.eventTypeRefs());
      if (type.raInterface() != null) {
        sbbInterfaces.put(typeId, type.raInterface());
      }
    }
    return new RaEntity(
        entityName,
        component,
        instantiate(component),
        activities,
        stateListener,
        eventTypes,
        Map.copyOf(sbbInterfaces),
        this::isInstalledEventType);
  }

  private boolean isInstalledEventType(EventTypeID id) {
    return repository
        .find(id)
        .map(c -> c.descriptor() instanceof EventTypeDescriptor)
        .orElse(false);
  }

  private RaTypeDescriptor raType(RaDescriptor ra, ResourceAdaptorTypeID typeId)
      throws ManagementException {
    try {
      return repository.get(typeId, RaTypeDescriptor.class).descriptor();
    } catch (UnrecognizedComponentException e) {
      throw new ManagementException(
          "RA type " + typeId + " of " + ra.id() + " is not installed", e);
    }
  }

  /** A new RA object through the RA component's class loader (JSLEE 1.1 ch. 15: public no-arg). */
  private static ResourceAdaptor instantiate(InstalledComponent<RaDescriptor> component)
      throws ManagementException {
    String className = component.descriptor().raClassName();
    try {
      Class<?> type = component.loadClass(className);
      requireContainerApi(type, ResourceAdaptor.class);
      requireContainerApi(type, FaultTolerantResourceAdaptor.class);
      return ContextLoader.call(
          component.classLoader(), () -> (ResourceAdaptor) type.getConstructor().newInstance());
    } catch (InvocationTargetException e) {
      throw new ManagementException(
          "constructor of resource adaptor class " + className + " failed", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new ManagementException(
          "cannot instantiate resource adaptor class "
              + className
              + " of "
              + component.descriptor().id(),
          e);
    }
  }

  /**
   * The RA must see the container's copy of an API it implements: a DU that bundles its own
   * jainslee-api or fault-tolerant-ra-api would make the RA invisible as such, and a Restcomm fault
   * tolerant RA would then silently never get its fault tolerant context.
   */
  private static void requireContainerApi(Class<?> type, Class<?> api) throws ManagementException {
    if (api.isAssignableFrom(type)) {
      return;
    }
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> i : allInterfaces(c)) {
        if (i.getName().equals(api.getName())) {
          throw new ManagementException(
              "resource adaptor class "
                  + type.getName()
                  + " implements "
                  + api.getName()
                  + " from its own class loader "
                  + i.getClassLoader()
                  + ": the deployable unit must not bundle that API, the container provides it");
        }
      }
    }
    if (api == ResourceAdaptor.class) {
      throw new ManagementException(
          "resource adaptor class " + type.getName() + " does not implement " + api.getName());
    }
  }

  private static Set<Class<?>> allInterfaces(Class<?> type) {
    Set<Class<?>> all = new LinkedHashSet<>();
    for (Class<?> i : type.getInterfaces()) {
      all.add(i);
      all.addAll(allInterfaces(i));
    }
    return all;
  }
}
