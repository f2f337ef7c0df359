package org.sleecharging.container.internal.ra;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javax.slee.InvalidArgumentException;
import javax.slee.InvalidStateException;
import javax.slee.SbbID;
import javax.slee.ServiceID;
import javax.slee.UnrecognizedComponentException;
import javax.slee.management.DependencyException;
import javax.slee.management.LinkNameAlreadyBoundException;
import javax.slee.management.ManagementException;
import javax.slee.management.ResourceAdaptorEntityAlreadyExistsException;
import javax.slee.management.ResourceAdaptorEntityState;
import javax.slee.management.UnrecognizedLinkNameException;
import javax.slee.management.UnrecognizedResourceAdaptorEntityException;
import javax.slee.management.UnrecognizedResourceAdaptorException;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.InvalidConfigurationException;
import javax.slee.resource.ResourceAdaptor;
import javax.slee.resource.ResourceAdaptorID;
import javax.slee.resource.ResourceAdaptorTypeID;
import javax.slee.transaction.SleeTransactionManager;
import javax.slee.usage.UnrecognizedUsageParameterSetNameException;
import org.mobicents.slee.resource.cluster.FaultTolerantResourceAdaptor;
import org.sleecharging.container.internal.facility.SleeUsageParameterSets;
import org.sleecharging.container.internal.model.RaDescriptor;
import org.sleecharging.container.internal.spi.ActivityManager;
import org.sleecharging.container.internal.spi.ComponentRepository;
import org.sleecharging.container.internal.spi.DeploymentListener;
import org.sleecharging.container.internal.spi.InstalledComponent;
import org.sleecharging.container.internal.spi.NotificationFacilities;
import org.sleecharging.container.internal.spi.RaEntityDirectory;
import org.sleecharging.container.internal.spi.RaEntityRef;
import org.sleecharging.container.internal.spi.ServiceLifecycleListener;
import org.sleecharging.container.internal.spi.UsageParameterSets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resource adaptor entities of one container, managed with the names, arguments and exceptions
 * of {@link javax.slee.management.ResourceManagementMBean} (JSLEE 1.1 ch. 14, ch. 15). Also the
 * directory the runtime finds entities in, the veto on uninstalling an RA that has entities, and
 * the relay of service state changes to active entities (§15.12). Management operations are
 * serialized; directory reads are lock-free.
 */
public final class ResourceAdaptorEntities
    implements RaEntityDirectory, DeploymentListener, ServiceLifecycleListener {

  private static final Logger LOG = LoggerFactory.getLogger(ResourceAdaptorEntities.class);

  private record ReplicatedStores(ReplicatedDataStore plain, ReplicatedDataStore withFailover) {}

  private final ComponentRepository repository;
  private final UsageParameterSets usage;
  private final RaEntityFactory factory;
  private final RaEntityContext.Services services;
  private final Map<String, RaEntity> entities = new ConcurrentHashMap<>();
  /**
   * {@link #entitiesOfType} for every RA type, asked on every ACI factory call; rebuilt (under this
   * object's lock) whenever an entity comes or goes.
   */
  private volatile Map<ResourceAdaptorTypeID, List<RaEntityRef>> byType = Map.of();
  private final LinkNames links = new LinkNames();
  private final ServiceStateRelay relay;
  private final List<RaEntityStateListener> stateListeners = new CopyOnWriteArrayList<>();
  private final Map<ResourceAdaptorID, ReplicatedStores> replicated = new ConcurrentHashMap<>();

  /**
   * @param activities may forward lazily to a runtime built later: it is first asked for an
   *     endpoint when an RA calls getSleeEndpoint, and for activity counts on deactivation
   * @param timer the container's shared timer, best a {@link SharedRaTimer}
   */
  public ResourceAdaptorEntities(
      ComponentRepository repository,
      ActivityManager activities,
      SleeTransactionManager transactions,
      NotificationFacilities facilities,
      UsageParameterSets usage,
      Timer timer) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.usage = Objects.requireNonNull(usage, "usage");
    this.factory =
        new RaEntityFactory(
            repository, Objects.requireNonNull(activities, "activities"), this::stateChanged);
    ReceivableServices receivableServices = new ReceivableServices(repository);
    this.services =
        new RaEntityContext.Services(
            repository,
            activities,
            Objects.requireNonNull(transactions, "transactions"),
            Objects.requireNonNull(facilities, "facilities"),
            usage,
            Objects.requireNonNull(timer, "timer"),
            receivableServices);
    this.relay = new ServiceStateRelay(receivableServices, entities::values);
  }

  /** Adds a listener told of every later entity state change. */
  public void addStateListener(RaEntityStateListener listener) {
    stateListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  private void stateChanged(
      String entityName, ResourceAdaptorEntityState newState, ResourceAdaptorEntityState oldState) {
    for (RaEntityStateListener listener : stateListeners) {
      try {
        listener.stateChanged(entityName, newState, oldState);
      } catch (RuntimeException e) {
        LOG.error(
            "RA entity state listener failed on {} {} -> {}", entityName, oldState, newState, e);
      }
    }
  }

  /**
   * Creates and configures an entity (JSLEE 1.1 ch. 15): the RA object gets its context, verifies
   * and takes the merged configuration; the entity is INACTIVE. A refused configuration keeps
   * nothing.
   */
  public synchronized void createResourceAdaptorEntity(
      ResourceAdaptorID id, String entityName, ConfigProperties properties)
      throws InvalidArgumentException,
          UnrecognizedResourceAdaptorException,
          ResourceAdaptorEntityAlreadyExistsException,
          InvalidConfigurationException,
          ManagementException {
    Objects.requireNonNull(id, "resourceAdaptorID");
    Objects.requireNonNull(entityName, "entityName");
    Objects.requireNonNull(properties, "properties");
    if (entityName.isEmpty()) {
      throw new InvalidArgumentException("RA entity name is empty");
    }
    if (entities.containsKey(entityName)) {
      throw new ResourceAdaptorEntityAlreadyExistsException("RA entity exists: " + entityName);
    }
    InstalledComponent<RaDescriptor> component = raComponent(id);
    ConfigProperties config = RaConfiguration.forCreation(component.descriptor(), properties);
    RaEntity entity = factory.create(entityName, component);
    try {
      entity.configure(
          new RaEntityContext(entity, services), ft -> faultTolerance(entity, ft), config);
    } catch (RuntimeException e) {
      throw new ManagementException("configuring RA entity " + entityName + " failed", e);
    }
    entities.put(entityName, entity);
    byType = groupByType();
  }

  private LocalFaultTolerantContext<?, ?> faultTolerance(
      RaEntity entity, FaultTolerantResourceAdaptor<?, ?> ra) {
    ReplicatedStores stores =
        replicated.computeIfAbsent(
            entity.resourceAdaptorId(),
            id -> new ReplicatedStores(new ReplicatedDataStore(), new ReplicatedDataStore()));
    return new LocalFaultTolerantContext<>(
        entity.name(), ra, entity.classLoader(), stores.plain(), stores.withFailover());
  }

  /** Removes an INACTIVE entity without bound link names: raUnconfigure, contexts unset. */
  public synchronized void removeResourceAdaptorEntity(String entityName)
      throws UnrecognizedResourceAdaptorEntityException,
          InvalidStateException,
          DependencyException {
    RaEntity entity = entity(entityName);
    if (entity.state() != EntityState.INACTIVE) {
      throw new InvalidStateException(
          "RA entity " + entityName + " is " + entity.state() + ", not INACTIVE");
    }
    String[] bound = links.of(entityName);
    if (bound.length > 0) {
      throw new DependencyException(
          "RA entity " + entityName + " still has link names bound: " + List.of(bound));
    }
    entities.remove(entityName);
    byType = groupByType();
    entity.unconfigure();
    // The entity, as notification source, is gone: so are its alarms and usage parameter sets.
    services.facilities().alarmFacility(entity.notificationSource()).clearAlarms();
    if (usage instanceof SleeUsageParameterSets sets) {
      sets.removeAll(entity.notificationSource());
    }
  }

  public synchronized void activateResourceAdaptorEntity(String entityName)
      throws UnrecognizedResourceAdaptorEntityException,
          InvalidStateException,
          ManagementException {
    RaEntity entity = entity(entityName);
    entity.activate(relay.activeServicesFor(entity));
  }

  public synchronized void deactivateResourceAdaptorEntity(String entityName)
      throws UnrecognizedResourceAdaptorEntityException,
          InvalidStateException,
          ManagementException {
    entity(entityName).deactivate();
  }

  /** The given properties replace the entity's current values (JSLEE 1.1 ch. 15). */
  public synchronized void updateConfigurationProperties(
      String entityName, ConfigProperties properties)
      throws UnrecognizedResourceAdaptorEntityException,
          InvalidStateException,
          InvalidConfigurationException {
    Objects.requireNonNull(properties, "properties");
    RaEntity entity = entity(entityName);
    entity.updateConfiguration(
        RaConfiguration.forUpdate(entity.descriptor(), entity.configuration(), properties));
  }

  /** The RA's declared properties and defaults; null value where the descriptor gives none. */
  public ConfigProperties getConfigurationProperties(ResourceAdaptorID id)
      throws UnrecognizedResourceAdaptorException, ManagementException {
    Objects.requireNonNull(id, "resourceAdaptorID");
    try {
      return RaConfiguration.defaults(raComponent(id).descriptor());
    } catch (InvalidConfigurationException e) {
      throw new ManagementException("invalid config property declaration of " + id, e);
    }
  }

  public ConfigProperties getConfigurationProperties(String entityName)
      throws UnrecognizedResourceAdaptorEntityException {
    return entity(entityName).configuration();
  }

  public ResourceAdaptorID getResourceAdaptor(String entityName)
      throws UnrecognizedResourceAdaptorEntityException {
    return entity(entityName).resourceAdaptorId();
  }

  public ResourceAdaptorEntityState getState(String entityName)
      throws UnrecognizedResourceAdaptorEntityException {
    return entity(entityName).state().management();
  }

  public String[] getResourceAdaptorEntities() {
    return names(e -> true);
  }

  public String[] getResourceAdaptorEntities(ResourceAdaptorID id)
      throws UnrecognizedResourceAdaptorException {
    raComponent(Objects.requireNonNull(id, "resourceAdaptorID"));
    return names(e -> e.resourceAdaptorId().equals(id));
  }

  public String[] getResourceAdaptorEntities(ResourceAdaptorEntityState state) {
    Objects.requireNonNull(state, "state");
    return names(e -> e.state().management().equals(state));
  }

  /** The entity bound to each link name, null where the link name is not bound. */
  public String[] getResourceAdaptorEntities(String[] linkNames) {
    Objects.requireNonNull(linkNames, "linkNames");
    String[] result = new String[linkNames.length];
    for (int i = 0; i < linkNames.length; i++) {
      result[i] = linkNames[i] == null ? null : links.entity(linkNames[i]);
    }
    return result;
  }

  public synchronized void bindLinkName(String entityName, String linkName)
      throws InvalidArgumentException,
          UnrecognizedResourceAdaptorEntityException,
          LinkNameAlreadyBoundException {
    entity(entityName);
    links.bind(entityName, linkName);
  }

  /** Unbinds; refusing while an installed service's SBB uses the link name is not enforced. */
  public synchronized void unbindLinkName(String linkName) throws UnrecognizedLinkNameException {
    links.unbind(linkName);
  }

  public String[] getLinkNames() {
    return links.all();
  }

  public String[] getLinkNames(String entityName)
      throws UnrecognizedResourceAdaptorEntityException {
    entity(entityName);
    return links.of(entityName);
  }

  public String getResourceAdaptorEntity(String linkName) throws UnrecognizedLinkNameException {
    Objects.requireNonNull(linkName, "linkName");
    String entityName = links.entity(linkName);
    if (entityName == null) {
      throw new UnrecognizedLinkNameException("link name not bound: " + linkName);
    }
    return entityName;
  }

  public SbbID[] getBoundSbbs(String linkName) throws UnrecognizedLinkNameException {
    getResourceAdaptorEntity(linkName);
    return LinkNames.boundSbbs(repository, linkName);
  }

  /** ResourceUsageMBean.createUsageParameterSet for the entity's RA usage parameters interface. */
  public void createUsageParameterSet(String entityName, String setName)
      throws UnrecognizedResourceAdaptorEntityException {
    RaEntity entity = entity(entityName);
    usage.create(
        entity.notificationSource(),
        new RaEntityContext(entity, services).usageInterface(),
        setName);
  }

  public void removeUsageParameterSet(String entityName, String setName)
      throws UnrecognizedResourceAdaptorEntityException,
          UnrecognizedUsageParameterSetNameException {
    usage.remove(entity(entityName).notificationSource(), setName);
  }

  /** The RA object of an entity, for tests and management views. */
  public ResourceAdaptor resourceAdaptorObject(String entityName)
      throws UnrecognizedResourceAdaptorEntityException {
    return entity(entityName).ra();
  }

  @Override
  public Optional<RaEntityRef> byLinkName(String linkName) {
    String entityName = links.entity(Objects.requireNonNull(linkName, "linkName"));
    return entityName == null ? Optional.empty() : Optional.ofNullable(entities.get(entityName));
  }

  @Override
  public List<RaEntityRef> entitiesOfType(ResourceAdaptorTypeID raType) {
    Objects.requireNonNull(raType, "raType");
    return byType.getOrDefault(raType, List.of());
  }

  private Map<ResourceAdaptorTypeID, List<RaEntityRef>> groupByType() {
    Map<ResourceAdaptorTypeID, List<RaEntityRef>> grouped = new HashMap<>();
    entities.values().stream().sorted(Comparator.comparing(RaEntity::name)).forEach(e -> {
      for (ResourceAdaptorTypeID type : e.descriptor().raTypeRefs()) {
        grouped.computeIfAbsent(type, t -> new ArrayList<>()).add(e);
      }
    });
    grouped.replaceAll((type, list) -> List.copyOf(list));
    return Map.copyOf(grouped);
  }

  @Override
  public void installing(List<InstalledComponent<?>> components) {
    // Nothing to prepare: entities are created by management after install.
  }

  /** An RA with entities cannot be uninstalled (JSLEE 1.1 ch. 14: remove its entities first). */
  @Override
  public void checkUninstall(List<InstalledComponent<?>> components) throws DependencyException {
    for (InstalledComponent<?> c : components) {
      if (c.descriptor() instanceof RaDescriptor ra) {
        String[] names = names(e -> e.resourceAdaptorId().equals(ra.id()));
        if (names.length > 0) {
          throw new DependencyException(
              "resource adaptor " + ra.id() + " still has RA entities: " + List.of(names));
        }
      }
    }
  }

  /** The RA is gone: its replicated data goes with it. */
  @Override
  public void uninstalled(List<InstalledComponent<?>> components) {
    for (InstalledComponent<?> c : components) {
      if (c.descriptor() instanceof RaDescriptor ra) {
        replicated.remove(ra.id());
      }
    }
  }

  /** Told to every ACTIVE entity; later activations get it too (JSLEE 1.1 §15.12). */
  @Override
  public void serviceActive(ServiceID service) {
    relay.serviceActive(Objects.requireNonNull(service, "service"));
  }

  /** Told to ACTIVE and STOPPING entities, which may still have activities for the service. */
  @Override
  public void serviceStopping(ServiceID service) {
    relay.serviceStopping(Objects.requireNonNull(service, "service"));
  }

  @Override
  public void serviceInactive(ServiceID service) {
    relay.serviceInactive(Objects.requireNonNull(service, "service"));
  }

  private String[] names(Predicate<RaEntity> which) {
    return entities.values().stream()
        .filter(which)
        .map(RaEntity::name)
        .sorted()
        .toArray(String[]::new);
  }

  private RaEntity entity(String entityName) throws UnrecognizedResourceAdaptorEntityException {
    Objects.requireNonNull(entityName, "entityName");
    RaEntity entity = entities.get(entityName);
    if (entity == null) {
      throw new UnrecognizedResourceAdaptorEntityException("no RA entity named " + entityName);
    }
    return entity;
  }

  private InstalledComponent<RaDescriptor> raComponent(ResourceAdaptorID id)
      throws UnrecognizedResourceAdaptorException {
    try {
      return repository.get(id, RaDescriptor.class);
    } catch (UnrecognizedComponentException e) {
      throw new UnrecognizedResourceAdaptorException("resource adaptor not installed: " + id);
    }
  }
}
