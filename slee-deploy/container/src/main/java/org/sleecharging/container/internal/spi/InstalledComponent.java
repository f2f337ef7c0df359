package org.sleecharging.container.internal.spi;

import java.util.Objects;
import javax.slee.management.DeployableUnitID;
import org.sleecharging.container.internal.model.ComponentDescriptor;

/**
 * An installed component: its descriptor, the class loader that loads its classes (which delegates
 * to the loaders of the components it references), and the deployable unit it came with.
 */
public record InstalledComponent<D extends ComponentDescriptor>(
    D descriptor, ClassLoader classLoader, DeployableUnitID deployableUnit) {

  public InstalledComponent {
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(classLoader, "classLoader");
    Objects.requireNonNull(deployableUnit, "deployableUnit");
  }

  /** Loads a class named in the descriptor through this component's loader. */
  public Class<?> loadClass(String name) throws ClassNotFoundException {
    return Class.forName(name, false, classLoader);
  }
}
