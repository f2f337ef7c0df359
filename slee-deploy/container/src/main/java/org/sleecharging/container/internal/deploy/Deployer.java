package org.sleecharging.container.internal.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import javax.slee.ComponentID;
import javax.slee.InvalidStateException;
import javax.slee.SbbID;
import javax.slee.ServiceID;
import javax.slee.UnrecognizedComponentException;
import javax.slee.UnrecognizedServiceException;
import javax.slee.management.AlreadyDeployedException;
import javax.slee.management.DependencyException;
import javax.slee.management.DeployableUnitDescriptor;
import javax.slee.management.DeployableUnitID;
import javax.slee.management.DeploymentException;
import javax.slee.management.UnrecognizedDeployableUnitException;
import org.sleecharging.container.internal.model.ComponentDescriptor;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.model.ServiceDescriptor;
import org.sleecharging.container.internal.spi.ComponentRepository;
import org.sleecharging.container.internal.spi.DeploymentListener;
import org.sleecharging.container.internal.spi.InstalledComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs and uninstalls deployable units with the semantics of the JAIN SLEE 1.1 {@link
 * javax.slee.management.DeploymentMBean}. Installation is atomic: a unit whose descriptors,
 * references, classes or listeners fail leaves nothing installed, no loader open and no extracted
 * file behind. One install or uninstall runs at a time; queries read a snapshot and never wait.
 */
public final class Deployer implements AutoCloseable {

  /** Packages every component loads from the container's loader, so all see one JAIN SLEE API. */
  public static final List<String> DEFAULT_SHARED_PACKAGES =
      List.of("javax.slee.", "javax.transaction.", "org.mobicents.slee.resource.cluster.");

  private static final Logger LOG = LoggerFactory.getLogger(Deployer.class);

  private final InstalledComponents repository;
  private final ReentrantLock lock = new ReentrantLock();
  private final Path workDirectory;
  private final ClassLoader apiLoader;
  private final List<String> sharedPackages;
  private final boolean ownsWorkDirectory;
  private boolean closed;

  /**
   * A deployer extracting into a fresh temporary directory of its own, deleted by {@link #close},
   * sharing {@link #DEFAULT_SHARED_PACKAGES} from this class's loader.
   */
  public Deployer() {
    this(newTemporaryDirectory(), Deployer.class.getClassLoader(), DEFAULT_SHARED_PACKAGES, true);
  }

  /**
   * A deployer extracting into {@code workDirectory} (created if absent), sharing the default API.
   */
  public Deployer(Path workDirectory) {
    this(workDirectory, Deployer.class.getClassLoader(), DEFAULT_SHARED_PACKAGES);
  }

  /**
   * @param workDirectory where each unit's jars are extracted (one subdirectory per unit)
   * @param apiLoader the loader components get the shared packages from
   * @param sharedPackages package prefixes (ending in '.') loaded parent-first from {@code
   *     apiLoader}
   */
  public Deployer(Path workDirectory, ClassLoader apiLoader, List<String> sharedPackages) {
    this(workDirectory, apiLoader, sharedPackages, false);
  }

  private Deployer(
      Path workDirectory, ClassLoader apiLoader, List<String> sharedPackages, boolean owned) {
    this.ownsWorkDirectory = owned;
    this.workDirectory = Objects.requireNonNull(workDirectory, "workDirectory");
    this.apiLoader = Objects.requireNonNull(apiLoader, "apiLoader");
    this.sharedPackages = List.copyOf(sharedPackages);
    this.repository = new InstalledComponents(StandardComponents.eventTypes(apiLoader));
    try {
      Files.createDirectories(workDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create the deployer work directory " + workDirectory, e);
    }
  }

  /** Where units' jars are extracted, one subdirectory per installed unit. */
  public Path workDirectory() {
    return workDirectory;
  }

  /** The installed components; the runtime registers its DeploymentListener here. */
  public ComponentRepository repository() {
    return repository;
  }

  /**
   * DeploymentMBean.install: the unit's id is {@code url} as given. Only {@code file:} URLs are
   * supported; the same file cannot be installed twice under different spellings of its URL.
   *
   * @throws MalformedURLException if {@code url} is not an absolute URL
   * @throws AlreadyDeployedException if that URL, or another URL of the same file, is installed
   * @throws DeploymentException naming file, element and problem if the unit is refused
   */
  public DeployableUnitID install(String url) throws MalformedURLException, DeploymentException {
    Objects.requireNonNull(url, "url");
    Path jar = fileOf(url);
    if (jar == null) {
      throw new DeploymentException(url + ": only file: deployable unit URLs are supported");
    }
    return install(new DeployableUnitID(url), jar);
  }

  /**
   * Installs the deployable unit jar; its id is the jar's {@code file:} URL ({@code
   * duJar.toUri().toURL()}).
   *
   * @throws AlreadyDeployedException if the jar is installed
   * @throws DeploymentException naming file, element and problem if the unit is refused
   */
  public DeployableUnitID install(Path duJar) throws DeploymentException {
    Path jar = duJar.toAbsolutePath().normalize();
    return install(idOf(jar), jar);
  }

  private DeployableUnitID install(DeployableUnitID id, Path jar) throws DeploymentException {
    lock.lock();
    try {
      ensureOpen();
      Optional<InstalledUnit> same = installedFrom(id, jar);
      if (same.isPresent()) {
        throw new AlreadyDeployedException(jar + " is already installed as " + same.get().id());
      }
      Path unitDir = newUnitDirectory();
      InstalledUnit unit =
          new UnitInstallation(id, jar, unitDir, repository, apiLoader, sharedPackages).run();
      repository.add(unit);
      LOG.info("installed {} with {} components", id, unit.components().size());
      return id;
    } finally {
      lock.unlock();
    }
  }

  private Optional<InstalledUnit> installedFrom(DeployableUnitID id, Path jar) {
    return repository.units().stream()
        .filter(u -> u.id().equals(id) || u.source().equals(jar))
        .findFirst();
  }

  /**
   * Uninstalls a unit, its components in reverse install order.
   *
   * @throws DependencyException if a component of another unit references one of its components, or
   *     a listener vetoes
   * @throws InvalidStateException if a listener vetoes because a component is in use
   */
  public void uninstall(DeployableUnitID id)
      throws UnrecognizedDeployableUnitException, DependencyException, InvalidStateException {
    Objects.requireNonNull(id, "id");
    lock.lock();
    try {
      ensureOpen();
      InstalledUnit unit =
          repository
              .unit(id)
              .orElseThrow(() -> new UnrecognizedDeployableUnitException(id + " is not installed"));
      refuseIfReferenced(unit);
      List<InstalledComponent<?>> reversed = new ArrayList<>(unit.components());
      Collections.reverse(reversed);
      List<DeploymentListener> listeners = new ArrayList<>(repository.listeners());
      Collections.reverse(listeners);
      for (DeploymentListener l : listeners) {
        l.checkUninstall(reversed);
      }
      repository.remove(unit);
      UnitInstallation.notifyUninstalled(listeners, reversed, null);
      release(unit.loaders(), unit.workDir(), null);
      LOG.info("uninstalled {}", id);
    } finally {
      lock.unlock();
    }
  }

  private void refuseIfReferenced(InstalledUnit unit) throws DependencyException {
    for (InstalledComponent<?> c : unit.components()) {
      for (InstalledComponent<?> referrer : repository.referrers(c.descriptor().id())) {
        if (!referrer.deployableUnit().equals(unit.id())) {
          throw new DependencyException(
              unit.id()
                  + " cannot be uninstalled: its component "
                  + c.descriptor().id()
                  + " is referenced by "
                  + referrer.descriptor().id()
                  + " of "
                  + referrer.deployableUnit());
        }
      }
    }
  }

  public DeployableUnitID[] getDeployableUnits() {
    return repository.units().stream().map(InstalledUnit::id).toArray(DeployableUnitID[]::new);
  }

  /** The unit installed from {@code url}, or from the same file under another spelling. */
  public DeployableUnitID getDeployableUnit(String url) throws UnrecognizedDeployableUnitException {
    DeployableUnitID id = new DeployableUnitID(Objects.requireNonNull(url, "url"));
    Path jar;
    try {
      jar = fileOf(url);
    } catch (MalformedURLException e) {
      jar = null; // not a URL anything could have been installed from; match the id exactly
    }
    Path file = jar;
    return repository.units().stream()
        .filter(u -> u.id().equals(id) || u.source().equals(file))
        .map(InstalledUnit::id)
        .findFirst()
        .orElseThrow(
            () ->
                new UnrecognizedDeployableUnitException(
                    "no deployable unit installed from " + url));
  }

  public boolean isInstalled(DeployableUnitID id) {
    return repository.unit(Objects.requireNonNull(id, "id")).isPresent();
  }

  public boolean isInstalled(ComponentID id) {
    return repository.find(Objects.requireNonNull(id, "id")).isPresent();
  }

  /** Installed components that reference {@code id} (JSLEE 1.1 DeploymentMBean). */
  public ComponentID[] getReferringComponents(ComponentID id)
      throws UnrecognizedComponentException {
    requireInstalled(id);
    return repository.referrers(id).stream()
        .map(c -> c.descriptor().id())
        .toArray(ComponentID[]::new);
  }

  /**
   * The SBBs a service uses: its root SBB and every SBB reachable through sbb-refs
   * (DeploymentMBean.getSbbs(ServiceID)).
   */
  public SbbID[] getSbbs(ServiceID service) throws UnrecognizedServiceException {
    Objects.requireNonNull(service, "service");
    ServiceDescriptor descriptor;
    try {
      descriptor = repository.get(service, ServiceDescriptor.class).descriptor();
    } catch (UnrecognizedComponentException e) {
      throw new UnrecognizedServiceException(service + " is not installed");
    }
    Set<SbbID> sbbs = new LinkedHashSet<>();
    Deque<SbbID> todo = new ArrayDeque<>(List.of(descriptor.rootSbb()));
    while (!todo.isEmpty()) {
      SbbID sbb = todo.removeFirst();
      if (sbbs.add(sbb)) {
        repository
            .lookup(sbb)
            .map(c -> (SbbDescriptor) c.descriptor())
            .ifPresent(d -> todo.addAll(d.sbbRefs().values()));
      }
    }
    return sbbs.toArray(SbbID[]::new);
  }

  public DeployableUnitDescriptor getDescriptor(DeployableUnitID id)
      throws UnrecognizedDeployableUnitException {
    Objects.requireNonNull(id, "id");
    return ManagementDescriptors.of(
        repository
            .unit(id)
            .orElseThrow(() -> new UnrecognizedDeployableUnitException(id + " is not installed")));
  }

  public javax.slee.management.ComponentDescriptor getDescriptor(ComponentID id)
      throws UnrecognizedComponentException {
    return ManagementDescriptors.of(requireInstalled(id));
  }

  private InstalledComponent<? extends ComponentDescriptor> requireInstalled(ComponentID id)
      throws UnrecognizedComponentException {
    Objects.requireNonNull(id, "id");
    return repository
        .find(id)
        .orElseThrow(() -> new UnrecognizedComponentException(id + " is not installed"));
  }

  /**
   * Closes every unit's class loaders and deletes the extracted files, without uninstalling through
   * the listeners: the container is shutting down. The deployer is unusable afterwards.
   */
  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      for (InstalledUnit unit : repository.units()) {
        repository.remove(unit);
        release(unit.loaders(), unit.workDir(), null);
      }
      if (ownsWorkDirectory) {
        release(List.of(), workDirectory, null);
      }
    } finally {
      lock.unlock();
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the deployer is closed");
    }
  }

  private Path newUnitDirectory() throws DeploymentException {
    try {
      // A fresh name even if an earlier run left files behind in a caller-supplied directory.
      return Files.createTempDirectory(workDirectory, "du-");
    } catch (IOException e) {
      throw new DeploymentException("cannot create a work directory under " + workDirectory, e);
    }
  }

  /** The normalised file a {@code file:} URL names, or null for another scheme. */
  private static Path fileOf(String url) throws MalformedURLException {
    try {
      URI uri = new URI(url);
      if (!"file".equalsIgnoreCase(uri.getScheme())) {
        return null;
      }
      return Path.of(uri).toAbsolutePath().normalize();
    } catch (URISyntaxException | IllegalArgumentException e) {
      MalformedURLException m = new MalformedURLException(url + ": " + e.getMessage());
      m.initCause(e);
      throw m;
    }
  }

  private static Path newTemporaryDirectory() {
    try {
      return Files.createTempDirectory("slee-deployer-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary deployer work directory", e);
    }
  }

  private static DeployableUnitID idOf(Path jar) throws DeploymentException {
    try {
      return new DeployableUnitID(jar.toUri().toURL().toString());
    } catch (MalformedURLException e) {
      throw new DeploymentException(jar + ": no URL for this path", e);
    }
  }

  /** Closes loaders and deletes a unit's work directory; failures are added to {@code failure}. */
  static void release(List<ComponentClassLoader> loaders, Path workDir, Throwable failure) {
    for (ComponentClassLoader l : loaders) {
      try {
        l.close();
      } catch (IOException e) {
        report(failure, e, "closing class loader " + l.getName());
      }
    }
    try {
      FileTrees.delete(workDir);
    } catch (IOException e) {
      report(failure, e, "deleting " + workDir);
    }
  }

  private static void report(Throwable failure, IOException e, String what) {
    if (failure != null) {
      failure.addSuppressed(e);
    } else {
      LOG.warn("failed {}", what, e);
    }
  }
}
