package org.sleecharging.container.internal.ra;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.slee.EventTypeID;
import javax.slee.InvalidStateException;
import javax.slee.management.ManagementException;
import javax.slee.management.ResourceAdaptorEntityNotification;
import javax.slee.resource.ActivityHandle;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.InvalidConfigurationException;
import javax.slee.resource.ReceivableService;
import javax.slee.resource.ResourceAdaptor;
import javax.slee.resource.ResourceAdaptorContext;
import javax.slee.resource.ResourceAdaptorID;
import javax.slee.resource.ResourceAdaptorTypeID;
import org.mobicents.slee.resource.cluster.FaultTolerantResourceAdaptor;
import org.sleecharging.container.internal.model.RaDescriptor;
import org.sleecharging.container.internal.spi.ActivityManager;
import org.sleecharging.container.internal.spi.InstalledComponent;
import org.sleecharging.container.internal.spi.RaEntityRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One resource adaptor entity: its RA object, configuration and lifecycle state (JSLEE 1.1 §15.2).
 * Every callback into the RA object runs with the RA's class loader as context loader.
 */
final class RaEntity implements RaEntityRef {

  private static final Logger LOG = LoggerFactory.getLogger(RaEntity.class);

  private final String name;
  private final InstalledComponent<RaDescriptor> component;
  private final ResourceAdaptor ra;
  private final ActivityManager activities;
  private final RaEntityStateListener stateListener;
  private final Set<EventTypeID> raTypeEventTypes;
  private final Map<ResourceAdaptorTypeID, String> sbbInterfaceNames;
  private final Predicate<EventTypeID> installedEventType;
  private final AtomicReference<EntityState> state = new AtomicReference<>(EntityState.INACTIVE);
  private volatile boolean stoppingCallbackDone;
  private volatile ConfigProperties config;
  private LocalFaultTolerantContext<?, ?> faultTolerantContext;

  RaEntity(
      String name,
      InstalledComponent<RaDescriptor> component,
      ResourceAdaptor ra,
      ActivityManager activities,
      RaEntityStateListener stateListener,
      Set<EventTypeID> raTypeEventTypes,
      Map<ResourceAdaptorTypeID, String> sbbInterfaceNames,
      Predicate<EventTypeID> installedEventType) {
    this.name = Objects.requireNonNull(name, "name");
    this.component = component;
    this.ra = ra;
    this.activities = activities;
    this.stateListener = stateListener;
    this.raTypeEventTypes = Set.copyOf(raTypeEventTypes);
    this.sbbInterfaceNames = sbbInterfaceNames;
    this.installedEventType = installedEventType;
  }

  RaDescriptor descriptor() {
    return component.descriptor();
  }

  ResourceAdaptorEntityNotification notificationSource() {
    return new ResourceAdaptorEntityNotification(name);
  }

  EntityState state() {
    return state.get();
  }

  ConfigProperties configuration() {
    return RaConfiguration.copy(config);
  }

  List<ResourceAdaptorTypeID> raTypes() {
    return descriptor().raTypeRefs();
  }

  /**
   * setResourceAdaptorContext, the fault tolerant context for a Restcomm FaultTolerant RA,
   * raVerifyConfiguration, raConfigure (JSLEE 1.1 ch. 15). A refused configuration (or a failing
   * callback) unsets both contexts again; the caller then forgets the entity.
   */
  void configure(
      ResourceAdaptorContext context,
      Function<FaultTolerantResourceAdaptor<?, ?>, LocalFaultTolerantContext<?, ?>> faultTolerance,
      ConfigProperties properties)
      throws InvalidConfigurationException {
    inRa(() -> ra.setResourceAdaptorContext(context));
    if (ra instanceof FaultTolerantResourceAdaptor<?, ?> ftRa) {
      faultTolerantContext = faultTolerance.apply(ftRa);
      setFaultTolerantContext(ftRa, faultTolerantContext);
    }
    try {
      ContextLoader.call(
          classLoader(),
          () -> {
            ra.raVerifyConfiguration(RaConfiguration.copy(properties));
            return null;
          });
      config = RaConfiguration.copy(properties);
      inRa(() -> ra.raConfigure(RaConfiguration.copy(properties)));
    } catch (InvalidConfigurationException | RuntimeException e) {
      unsetContexts();
      throw e;
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void setFaultTolerantContext(
      FaultTolerantResourceAdaptor<?, ?> ftRa, LocalFaultTolerantContext<?, ?> ftContext) {
    inRa(
        () ->
            ((FaultTolerantResourceAdaptor) ftRa)
                .setFaultTolerantResourceAdaptorContext(ftContext));
  }

  /** raUnconfigure, then the contexts are unset (JSLEE 1.1 ch. 15); only when INACTIVE. */
  void unconfigure() {
    inRa(ra::raUnconfigure);
    unsetContexts();
  }

  private void unsetContexts() {
    if (faultTolerantContext != null) {
      inRa(((FaultTolerantResourceAdaptor<?, ?>) ra)::unsetFaultTolerantResourceAdaptorContext);
      faultTolerantContext.close();
      faultTolerantContext = null;
    }
    inRa(ra::unsetResourceAdaptorContext);
  }

  /**
   * INACTIVE → ACTIVE, then raActive and serviceActive for each active service (JSLEE 1.1 §15.2,
   * §15.12). The state is ACTIVE before raActive so the RA may start activities in it; if raActive
   * throws, the entity is INACTIVE again and the failure is reported to the caller.
   */
  void activate(Collection<ReceivableService> activeServices)
      throws InvalidStateException, ManagementException {
    if (!state.compareAndSet(EntityState.INACTIVE, EntityState.ACTIVE)) {
      throw new InvalidStateException(
          "RA entity " + name + " is " + state.get() + ", not INACTIVE");
    }
    stoppingCallbackDone = false;
    try {
      inRa(ra::raActive);
    } catch (RuntimeException e) {
      state.set(EntityState.INACTIVE);
      throw new ManagementException(
          "raActive of RA entity " + name + " failed; it stays INACTIVE", e);
    }
    changed(EntityState.ACTIVE, EntityState.INACTIVE);
    activeServices.forEach(s -> serviceCallback("serviceActive", s, ra::serviceActive));
  }

  /**
   * ACTIVE → STOPPING and raStopping; INACTIVE (raInactive) as soon as the entity has no activity
   * left, at once if it has none (JSLEE 1.1 §15.2). A failing raStopping still stops the entity and
   * is reported to the caller.
   */
  void deactivate() throws InvalidStateException, ManagementException {
    if (!state.compareAndSet(EntityState.ACTIVE, EntityState.STOPPING)) {
      throw new InvalidStateException("RA entity " + name + " is " + state.get() + ", not ACTIVE");
    }
    changed(EntityState.STOPPING, EntityState.ACTIVE);
    RuntimeException failure = null;
    try {
      inRa(ra::raStopping);
    } catch (RuntimeException e) {
      failure = e;
    }
    stoppingCallbackDone = true;
    finishStoppingIfIdle();
    if (failure != null) {
      throw new ManagementException("raStopping of RA entity " + name + " failed", failure);
    }
  }

  private void finishStoppingIfIdle() {
    if (stoppingCallbackDone
        && state.get() == EntityState.STOPPING
        && activities.activityCount(this) == 0
        && state.compareAndSet(EntityState.STOPPING, EntityState.INACTIVE)) {
      changed(EntityState.INACTIVE, EntityState.STOPPING);
      try {
        inRa(ra::raInactive);
      } catch (RuntimeException e) {
        LOG.error("raInactive of RA entity {} failed; the entity is INACTIVE", name, e);
      }
    }
  }

  private void changed(EntityState newState, EntityState oldState) {
    LOG.info("RA entity {}: {} -> {}", name, oldState, newState);
    stateListener.stateChanged(name, newState.management(), oldState.management());
  }

  /**
   * raVerifyConfiguration then raConfigurationUpdate (JSLEE 1.1 ch. 15); an ACTIVE or STOPPING
   * entity only if its RA supports active reconfiguration.
   */
  void updateConfiguration(ConfigProperties merged)
      throws InvalidStateException, InvalidConfigurationException {
    if (state.get() != EntityState.INACTIVE && !descriptor().supportsActiveReconfiguration()) {
      throw new InvalidStateException(
          "RA entity "
              + name
              + " is "
              + state.get()
              + " and its RA "
              + descriptor().id()
              + " does not support active reconfiguration");
    }
    ContextLoader.call(
        classLoader(),
        () -> {
          ra.raVerifyConfiguration(RaConfiguration.copy(merged));
          return null;
        });
    config = RaConfiguration.copy(merged);
    inRa(() -> ra.raConfigurationUpdate(RaConfiguration.copy(merged)));
  }

  /** Passes a service state change on (JSLEE 1.1 §15.12); RA failures are logged, not fatal. */
  void serviceCallback(String which, ReceivableService service, Consumer<ReceivableService> call) {
    try {
      inRa(() -> call.accept(service));
    } catch (RuntimeException e) {
      LOG.error("{}({}) of RA entity {} failed", which, service.getService(), name, e);
    }
  }

  ResourceAdaptor ra() {
    return ra;
  }

  private void inRa(Runnable callback) {
    ContextLoader.run(classLoader(), callback);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ResourceAdaptorID resourceAdaptorId() {
    return descriptor().id();
  }

  @Override
  public ResourceAdaptor resourceAdaptor() {
    return ra;
  }

  @Override
  public ClassLoader classLoader() {
    return component.classLoader();
  }

  @Override
  public boolean acceptsNewActivities() {
    return state.get().acceptsNewActivities();
  }

  @Override
  public boolean mayFireEvents() {
    return state.get().mayFireEvents();
  }

  @Override
  public boolean mayFire(EventTypeID eventType) {
    if (descriptor().ignoreRaTypeEventTypeCheck()) {
      return installedEventType.test(eventType);
    }
    return raTypeEventTypes.contains(eventType);
  }

  @Override
  public boolean implementsRaType(ResourceAdaptorTypeID raType) {
    return descriptor().raTypeRefs().contains(raType);
  }

  @Override
  public Object sbbInterface(ResourceAdaptorTypeID raType) {
    String interfaceName = sbbInterfaceNames.get(raType);
    if (interfaceName == null) {
      return null;
    }
    return ContextLoader.call(classLoader(), () -> ra.getResourceAdaptorInterface(interfaceName));
  }

  @Override
  public void activityRemoved(ActivityHandle handle) {
    if (state.get() == EntityState.STOPPING) {
      finishStoppingIfIdle();
    }
  }

  @Override
  public String toString() {
    return "RA entity " + name + " (" + descriptor().id() + ", " + state.get() + ")";
  }
}
