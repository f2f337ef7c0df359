package org.sleecharging.container.internal.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.slee.ComponentID;
import javax.slee.management.DeployableUnitID;
import javax.slee.management.DeploymentException;
import org.sleecharging.container.internal.model.ComponentDescriptor;
import org.sleecharging.container.internal.spi.DeploymentListener;
import org.sleecharging.container.internal.spi.InstalledComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt to install a deployable unit: read and parse, plan the install order, build the class
 * loaders, check the classes, and let each listener accept the components. Any failure undoes
 * everything done so far before it propagates.
 */
final class UnitInstallation {

  private static final Logger LOG = LoggerFactory.getLogger(UnitInstallation.class);

  private final DeployableUnitID id;
  private final Path duJar;
  private final Path unitDir;
  private final InstalledComponents repository;
  private final ClassLoader apiLoader;
  private final List<String> sharedPackages;
  private final List<ComponentClassLoader> loaders = new ArrayList<>();
  private final List<DeploymentListener> accepted = new ArrayList<>();

  UnitInstallation(
      DeployableUnitID id,
      Path duJar,
      Path unitDir,
      InstalledComponents repository,
      ClassLoader apiLoader,
      List<String> sharedPackages) {
    this.id = id;
    this.duJar = duJar;
    this.unitDir = unitDir;
    this.repository = repository;
    this.apiLoader = apiLoader;
    this.sharedPackages = sharedPackages;
  }

  InstalledUnit run() throws DeploymentException {
    List<InstalledComponent<?>> components = List.of();
    try {
      ParsedUnit parsed = DeployableUnitReader.read(duJar, unitDir);
      Function<ComponentID, Optional<InstalledComponent<?>>> installed = repository::lookup;
      List<ComponentDescriptor> order = InstallPlanner.plan(parsed, installed);
      Map<ComponentID, ClassLoader> byId =
          ClassLoaderAssembler.assemble(parsed, installed, apiLoader, sharedPackages, loaders);
      components =
          order.stream()
              .<InstalledComponent<?>>map(d -> new InstalledComponent<>(d, byId.get(d.id()), id))
              .toList();
      for (InstalledComponent<?> c : components) {
        ClassChecks.check(c);
      }
      offerToListeners(components);
      return new InstalledUnit(id, duJar, new Date(), components, loaders, unitDir);
    } catch (DeploymentException | RuntimeException | Error e) {
      rollBack(components, e);
      throw e;
    }
  }

  /** The unit is installed only if every part of the container accepts it (install is atomic). */
  private void offerToListeners(List<InstalledComponent<?>> components) throws DeploymentException {
    repository.beginOffer(components);
    try {
      for (DeploymentListener l : repository.listeners()) {
        try {
          l.installing(components);
        } catch (RuntimeException e) {
          throw new DeploymentException(
              id + ": refused by " + l.getClass().getName() + ": " + e, e);
        }
        accepted.add(l);
      }
    } finally {
      repository.endOffer();
    }
  }

  private void rollBack(List<InstalledComponent<?>> components, Throwable failure) {
    List<InstalledComponent<?>> reversed = new ArrayList<>(components);
    Collections.reverse(reversed);
    List<DeploymentListener> listeners = new ArrayList<>(accepted);
    Collections.reverse(listeners);
    notifyUninstalled(listeners, reversed, failure);
    Deployer.release(loaders, unitDir, failure);
    LOG.info("refused {}: {}", id, failure.getMessage());
  }

  /**
   * Tells listeners the components are gone; one listener failing must not keep the others from
   * dropping their state, so failures are attached to {@code failure} or logged.
   */
  static void notifyUninstalled(
      List<DeploymentListener> listeners, List<InstalledComponent<?>> reversed, Throwable failure) {
    for (DeploymentListener l : listeners) {
      try {
        l.uninstalled(reversed);
      } catch (RuntimeException e) {
        if (failure != null) {
          failure.addSuppressed(e);
        } else {
          LOG.error("listener {} failed while dropping uninstalled components", l, e);
        }
      }
    }
  }
}
