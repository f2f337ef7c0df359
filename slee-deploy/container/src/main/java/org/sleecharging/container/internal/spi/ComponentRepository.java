package org.sleecharging.container.internal.spi;

import java.util.List;
import java.util.Optional;
import javax.slee.ComponentID;
import javax.slee.UnrecognizedComponentException;
import org.sleecharging.container.internal.model.ComponentDescriptor;

/** Installed components, by id and by kind. Thread-safe; a snapshot per call. */
public interface ComponentRepository {

  Optional<InstalledComponent<? extends ComponentDescriptor>> find(ComponentID id);

  /**
   * The installed component with this id, of the given descriptor kind.
   *
   * @throws UnrecognizedComponentException if it is not installed or is of another kind
   */
  <D extends ComponentDescriptor> InstalledComponent<D> get(ComponentID id, Class<D> kind)
      throws UnrecognizedComponentException;

  /** Every installed component of the kind, in install order. */
  <D extends ComponentDescriptor> List<InstalledComponent<D>> all(Class<D> kind);

  /** Listeners are called in registration order on install and in reverse order on uninstall. */
  void addListener(DeploymentListener listener);
}
