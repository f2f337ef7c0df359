package org.sleecharging.container.internal.ra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.slee.ComponentID;
import javax.slee.UnrecognizedComponentException;
import javax.slee.management.DeployableUnitID;
import org.sleecharging.container.internal.model.ComponentDescriptor;
import org.sleecharging.container.internal.spi.ComponentRepository;
import org.sleecharging.container.internal.spi.DeploymentListener;
import org.sleecharging.container.internal.spi.InstalledComponent;

/** Components installed by the test, in install order. */
final class FakeRepository implements ComponentRepository {

  static final DeployableUnitID DU = new DeployableUnitID("file:/test-du.jar");

  private final Map<ComponentID, InstalledComponent<? extends ComponentDescriptor>> components =
      new LinkedHashMap<>();

  FakeRepository install(ComponentDescriptor descriptor, ClassLoader loader) {
    components.put(descriptor.id(), new InstalledComponent<>(descriptor, loader, DU));
    return this;
  }

  FakeRepository install(ComponentDescriptor descriptor) {
    return install(descriptor, getClass().getClassLoader());
  }

  @Override
  public Optional<InstalledComponent<? extends ComponentDescriptor>> find(ComponentID id) {
    return Optional.ofNullable(components.get(id));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <D extends ComponentDescriptor> InstalledComponent<D> get(ComponentID id, Class<D> kind)
      throws UnrecognizedComponentException {
    InstalledComponent<?> c = components.get(id);
    if (c == null || !kind.isInstance(c.descriptor())) {
      throw new UnrecognizedComponentException("not installed: " + id);
    }
    return (InstalledComponent<D>) c;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <D extends ComponentDescriptor> List<InstalledComponent<D>> all(Class<D> kind) {
    List<InstalledComponent<D>> result = new ArrayList<>();
    for (InstalledComponent<?> c : components.values()) {
      if (kind.isInstance(c.descriptor())) {
        result.add((InstalledComponent<D>) c);
      }
    }
    return result;
  }

  @Override
  public void addListener(DeploymentListener listener) {
    throw new UnsupportedOperationException("the fake repository has no listeners");
  }
}
