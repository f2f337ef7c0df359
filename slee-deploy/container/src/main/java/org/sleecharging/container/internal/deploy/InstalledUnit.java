package org.sleecharging.container.internal.deploy;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import javax.slee.management.DeployableUnitID;
import org.sleecharging.container.internal.spi.InstalledComponent;

/**
 * An installed deployable unit: the jar it was installed from, its components in install order, the
 * loaders of its component jars and the work directory its jars were extracted to (both released on
 * uninstall).
 */
record InstalledUnit(
    DeployableUnitID id,
    Path source,
    Date deploymentDate,
    List<InstalledComponent<?>> components,
    List<ComponentClassLoader> loaders,
    Path workDir) {

  InstalledUnit {
    deploymentDate = new Date(deploymentDate.getTime());
    components = List.copyOf(components);
    loaders = List.copyOf(loaders);
  }

  @Override
  public Date deploymentDate() {
    return new Date(deploymentDate.getTime());
  }
}
