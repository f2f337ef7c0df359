package org.sleecharging.container.internal.deploy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.slee.ComponentID;
import javax.slee.InvalidStateException;
import javax.slee.management.DependencyException;
import javax.slee.management.DeploymentException;
import org.sleecharging.container.internal.spi.DeploymentListener;
import org.sleecharging.container.internal.spi.InstalledComponent;

/** Records what the deployer tells it; optionally refuses installs or uninstalls. */
final class RecordingListener implements DeploymentListener {

  final List<List<ComponentID>> installing = new CopyOnWriteArrayList<>();
  final List<List<ComponentID>> uninstalled = new CopyOnWriteArrayList<>();
  final List<List<InstalledComponent<?>>> installedComponents = new CopyOnWriteArrayList<>();
  private final List<String> journal;
  private final String name;
  volatile boolean refuseInstall;
  volatile boolean refuseUninstall;
  volatile Runnable onInstalling = () -> {};

  RecordingListener(String name, List<String> journal) {
    this.name = name;
    this.journal = journal;
  }

  @Override
  public void installing(List<InstalledComponent<?>> components) throws DeploymentException {
    journal.add(name + ".installing");
    installing.add(ids(components));
    installedComponents.add(components);
    onInstalling.run();
    if (refuseInstall) {
      throw new DeploymentException(name + " refuses the unit");
    }
  }

  @Override
  public void checkUninstall(List<InstalledComponent<?>> components)
      throws DependencyException, InvalidStateException {
    journal.add(name + ".checkUninstall");
    if (refuseUninstall) {
      throw new InvalidStateException(name + ": a component is still in use");
    }
  }

  @Override
  public void uninstalled(List<InstalledComponent<?>> components) {
    journal.add(name + ".uninstalled");
    uninstalled.add(ids(components));
  }

  private static List<ComponentID> ids(List<InstalledComponent<?>> components) {
    return components.stream().<ComponentID>map(c -> c.descriptor().id()).toList();
  }
}
