package org.sleecharging.container.internal.ra;

import java.util.Objects;
import java.util.Timer;
import javax.slee.EventTypeID;
import javax.slee.SLEEException;
import javax.slee.ServiceID;
import javax.slee.UnrecognizedComponentException;
import javax.slee.UnrecognizedEventException;
import javax.slee.facilities.AlarmFacility;
import javax.slee.facilities.EventLookupFacility;
import javax.slee.facilities.ServiceLookupFacility;
import javax.slee.facilities.Tracer;
import javax.slee.management.ResourceAdaptorEntityNotification;
import javax.slee.profile.ProfileTable;
import javax.slee.profile.UnrecognizedProfileTableNameException;
import javax.slee.resource.ResourceAdaptorContext;
import javax.slee.resource.ResourceAdaptorID;
import javax.slee.resource.ResourceAdaptorTypeID;
import javax.slee.resource.SleeEndpoint;
import javax.slee.transaction.SleeTransactionManager;
import javax.slee.usage.NoUsageParametersInterfaceDefinedException;
import javax.slee.usage.UnrecognizedUsageParameterSetNameException;
import org.sleecharging.container.internal.model.EventTypeDescriptor;
import org.sleecharging.container.internal.spi.ActivityManager;
import org.sleecharging.container.internal.spi.ComponentRepository;
import org.sleecharging.container.internal.spi.NotificationFacilities;
import org.sleecharging.container.internal.spi.UsageParameterSets;

/** The ResourceAdaptorContext of one RA entity (JSLEE 1.1 ch. 15). */
final class RaEntityContext implements ResourceAdaptorContext {

  /** What every entity context of a container shares. */
  record Services(
      ComponentRepository repository,
      ActivityManager activities,
      SleeTransactionManager transactions,
      NotificationFacilities facilities,
      UsageParameterSets usage,
      Timer timer,
      ReceivableServices receivableServices) {}

  private final RaEntity entity;
  private final Services services;
  private final ResourceAdaptorEntityNotification source;
  private volatile SleeEndpoint endpoint;
  private volatile Class<?> usageInterface;

  RaEntityContext(RaEntity entity, Services services) {
    this.entity = entity;
    this.services = services;
    this.source = entity.notificationSource();
  }

  @Override
  public ResourceAdaptorID getResourceAdaptor() {
    return entity.resourceAdaptorId();
  }

  @Override
  public ResourceAdaptorTypeID[] getResourceAdaptorTypes() {
    return entity.raTypes().toArray(ResourceAdaptorTypeID[]::new);
  }

  @Override
  public String getEntityName() {
    return entity.name();
  }

  /** Asked of the activity runtime on first use, which may be wired after this container part. */
  @Override
  public SleeEndpoint getSleeEndpoint() {
    SleeEndpoint e = endpoint;
    if (e == null) {
      e = Objects.requireNonNull(services.activities().endpoint(entity), "SleeEndpoint");
      endpoint = e;
    }
    return e;
  }

  @Override
  public AlarmFacility getAlarmFacility() {
    return services.facilities().alarmFacility(source);
  }

  @Override
  public Tracer getTracer(String tracerName) {
    return services.facilities().tracer(source, tracerName);
  }

  @Override
  public EventLookupFacility getEventLookupFacility() {
    return this::fireableEventType;
  }

  private FireableEvent fireableEventType(EventTypeID eventType) throws UnrecognizedEventException {
    Objects.requireNonNull(eventType, "eventType");
    if (!entity.mayFire(eventType)) {
      throw new UnrecognizedEventException(
          eventType
              + " is not an event type of the RA types of "
              + entity.resourceAdaptorId()
              + " (RA entity "
              + entity.name()
              + ")");
    }
    try {
      var event = services.repository().get(eventType, EventTypeDescriptor.class);
      return new FireableEvent(eventType, event.descriptor().eventClassName(), event.classLoader());
    } catch (UnrecognizedComponentException e) {
      throw new UnrecognizedEventException("event type not installed: " + eventType);
    }
  }

  @Override
  public ServiceLookupFacility getServiceLookupFacility() {
    return (ServiceID service) ->
        services
            .receivableServices()
            .of(Objects.requireNonNull(service, "service"), entity::mayFire);
  }

  @Override
  public SleeTransactionManager getSleeTransactionManager() {
    return services.transactions();
  }

  @Override
  public Timer getTimer() {
    return services.timer();
  }

  /** Profiles are not supported by this container: every table name is unrecognized. */
  @Override
  public ProfileTable getProfileTable(String profileTableName)
      throws UnrecognizedProfileTableNameException {
    Objects.requireNonNull(profileTableName, "profileTableName");
    throw new UnrecognizedProfileTableNameException(
        "profile table " + profileTableName + ": profiles are not supported by this container");
  }

  @Override
  public Object getDefaultUsageParameterSet() {
    try {
      return services.usage().get(source, usageInterface(), null);
    } catch (UnrecognizedUsageParameterSetNameException e) {
      throw new SLEEException("default usage parameter set of " + entity.name() + " missing", e);
    }
  }

  @Override
  public Object getUsageParameterSet(String name)
      throws UnrecognizedUsageParameterSetNameException {
    Objects.requireNonNull(name, "name");
    return services.usage().get(source, usageInterface(), name);
  }

  /** The RA's usage parameters interface, loaded through the RA's class loader. */
  Class<?> usageInterface() {
    Class<?> type = usageInterface;
    if (type != null) {
      return type;
    }
    String name = entity.descriptor().usageParametersInterface();
    if (name == null) {
      throw new NoUsageParametersInterfaceDefinedException(
          entity.resourceAdaptorId() + " declares no usage parameters interface");
    }
    try {
      type = Class.forName(name, false, entity.classLoader());
    } catch (ClassNotFoundException e) {
      throw new SLEEException(
          "usage parameters interface "
              + name
              + " of "
              + entity.resourceAdaptorId()
              + " cannot be loaded",
          e);
    }
    usageInterface = type;
    return type;
  }

  /** The service of the SBB calling into the RA on this thread; null outside SBB code (JSLEE 1.1 ch. 15). */
  @Override
  public ServiceID getInvokingService() {
    return services.activities().invokingService();
  }
}
