package org.sleecharging.container.internal.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.slee.ComponentID;
import javax.slee.UnrecognizedComponentException;
import javax.slee.management.DeployableUnitID;
import org.sleecharging.container.internal.model.ComponentDescriptor;
import org.sleecharging.container.internal.spi.ComponentRepository;
import org.sleecharging.container.internal.spi.DeploymentListener;
import org.sleecharging.container.internal.spi.InstalledComponent;

/**
 * The repository of installed components and units. Readers see an immutable snapshot that the
 * deployer replaces as a whole on each install and uninstall, so reads need no lock.
 *
 * <p>While listeners accept a unit ({@code DeploymentListener.installing}), lookups made on the
 * installing thread also see that unit's components, so a listener can resolve references inside
 * the unit through the repository; other threads see them only once the install has succeeded.
 */
final class InstalledComponents implements ComponentRepository {

  private record Snapshot(
      Map<ComponentID, InstalledComponent<?>> components,
      Map<DeployableUnitID, InstalledUnit> units) {}

  private volatile Snapshot snapshot;
  private final List<DeploymentListener> listeners = new CopyOnWriteArrayList<>();
  private final ThreadLocal<Map<ComponentID, InstalledComponent<?>>> pending =
      ThreadLocal.withInitial(Map::of);

  /** A repository holding only {@code standard}, components the container provides itself. */
  InstalledComponents(List<InstalledComponent<?>> standard) {
    Map<ComponentID, InstalledComponent<?>> components = new LinkedHashMap<>();
    standard.forEach(c -> components.put(c.descriptor().id(), c));
    snapshot = new Snapshot(components, Map.of());
  }

  @Override
  public Optional<InstalledComponent<? extends ComponentDescriptor>> find(ComponentID id) {
    return Optional.ofNullable(visible().get(id));
  }

  /** Installed components, then (on the installing thread only) the unit being offered. */
  private Map<ComponentID, InstalledComponent<?>> visible() {
    Map<ComponentID, InstalledComponent<?>> offered = pending.get();
    if (offered.isEmpty()) {
      return snapshot.components();
    }
    Map<ComponentID, InstalledComponent<?>> all = new LinkedHashMap<>(snapshot.components());
    all.putAll(offered);
    return all;
  }

  /** Shows {@code components} to lookups on this thread until {@link #endOffer}. */
  void beginOffer(List<InstalledComponent<?>> components) {
    Map<ComponentID, InstalledComponent<?>> offered = new LinkedHashMap<>();
    components.forEach(c -> offered.put(c.descriptor().id(), c));
    pending.set(offered);
  }

  void endOffer() {
    pending.remove();
  }

  Optional<InstalledComponent<?>> lookup(ComponentID id) {
    return Optional.ofNullable(snapshot.components().get(id));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <D extends ComponentDescriptor> InstalledComponent<D> get(ComponentID id, Class<D> kind)
      throws UnrecognizedComponentException {
    InstalledComponent<?> c = visible().get(id);
    if (c == null || !kind.isInstance(c.descriptor())) {
      throw new UnrecognizedComponentException(
          "no " + kind.getSimpleName() + " installed with id " + id);
    }
    return (InstalledComponent<D>) c;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <D extends ComponentDescriptor> List<InstalledComponent<D>> all(Class<D> kind) {
    List<InstalledComponent<D>> out = new ArrayList<>();
    for (InstalledComponent<?> c : visible().values()) {
      if (kind.isInstance(c.descriptor())) {
        out.add((InstalledComponent<D>) c);
      }
    }
    return out;
  }

  @Override
  public void addListener(DeploymentListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  List<DeploymentListener> listeners() {
    return List.copyOf(listeners);
  }

  List<InstalledComponent<?>> components() {
    return List.copyOf(snapshot.components().values());
  }

  Optional<InstalledUnit> unit(DeployableUnitID id) {
    return Optional.ofNullable(snapshot.units().get(id));
  }

  List<InstalledUnit> units() {
    return List.copyOf(snapshot.units().values());
  }

  /** Installed components whose descriptors reference {@code id}. */
  List<InstalledComponent<?>> referrers(ComponentID id) {
    return snapshot.components().values().stream()
        .filter(c -> !c.descriptor().id().equals(id) && c.descriptor().references().contains(id))
        .toList();
  }

  /** Called by the deployer under its lock. */
  void add(InstalledUnit unit) {
    Snapshot s = snapshot;
    Map<ComponentID, InstalledComponent<?>> components = new LinkedHashMap<>(s.components());
    unit.components().forEach(c -> components.put(c.descriptor().id(), c));
    Map<DeployableUnitID, InstalledUnit> units = new LinkedHashMap<>(s.units());
    units.put(unit.id(), unit);
    snapshot = new Snapshot(components, units);
  }

  /** Called by the deployer under its lock. */
  void remove(InstalledUnit unit) {
    Snapshot s = snapshot;
    Map<ComponentID, InstalledComponent<?>> components = new LinkedHashMap<>(s.components());
    unit.components().forEach(c -> components.remove(c.descriptor().id()));
    Map<DeployableUnitID, InstalledUnit> units = new LinkedHashMap<>(s.units());
    units.remove(unit.id());
    snapshot = new Snapshot(components, units);
  }
}
