package org.sleecharging.arquillian.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.slee.ComponentID;
import javax.slee.ServiceID;
import javax.slee.management.DeployableUnitID;
import javax.slee.management.ServiceState;
import javax.slee.resource.ConfigProperties;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.sleecharging.arquillian.SleeManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs a DU and sets up what was declared for it, then takes it all down again, through the
 * standard management interfaces only, so the same code drives the embedded container and any
 * remote JAIN SLEE.
 *
 * <p>After install: create entities, activate them, bind link names, activate services (an SBB
 * may look up its RA link as soon as its service is active). Undeploy reverses it: deactivate
 * services (also any other still-active service of the DU, which DeploymentMBean.uninstall would
 * otherwise refuse), unbind links, deactivate and remove the entities, then
 * uninstall. A deploy that fails halfway is undone the same way before the error is thrown.
 */
public final class DeploymentDriver {
  private static final Logger LOG = LoggerFactory.getLogger(DeploymentDriver.class);

  private final SleeManagement slee;
  private final Duration stopTimeout;

  /** Installs an exported DU jar: {@code EmbeddedSlee.deploy} or {@code DeploymentMBean}. */
  public interface Installer {
    DeployableUnitID install(Path duJar) throws Exception;
  }

  private interface Step {
    void run() throws Exception;
  }

  public DeploymentDriver(SleeManagement slee, Duration stopTimeout) {
    this.slee = Objects.requireNonNull(slee, "slee");
    this.stopTimeout = Objects.requireNonNull(stopTimeout, "stopTimeout");
  }

  /**
   * Installs the DU and applies the deployment's own declarations plus those container-wide
   * declarations that concern a component of this DU.
   */
  public DeployedUnit deploy(String archiveName, Path file, Installer installer,
      Declarations own, Declarations containerWide) throws DeploymentException {
    DeployableUnitID id;
    try {
      id = installer.install(file);
    } catch (Exception e) {
      deleteQuietly(file);
      throw new DeploymentException("install of " + archiveName + " failed: " + e.getMessage(), e);
    }
    LOG.info("installed {} as {}", archiveName, id);
    DeployedUnit unit = new DeployedUnit(archiveName, file, id);
    try {
      apply(unit, plan(unit, own, containerWide));
    } catch (Exception e) {
      DeploymentException failure = new DeploymentException(
          "setting up " + archiveName + " failed, deployment undone: " + e.getMessage(), e);
      for (Exception undo : undo(unit)) {
        failure.addSuppressed(undo);
      }
      throw failure;
    }
    return unit;
  }

  /** Takes down what {@link #deploy} set up and uninstalls the DU. */
  public void undeploy(DeployedUnit unit) throws DeploymentException {
    List<Exception> failures = undo(unit);
    if (!failures.isEmpty()) {
      DeploymentException e = new DeploymentException("undeploy of " + unit + " failed: "
          + failures.get(0).getMessage(), failures.get(0));
      failures.subList(1, failures.size()).forEach(e::addSuppressed);
      throw e;
    }
    LOG.info("uninstalled {}", unit);
  }

  private Declarations plan(DeployedUnit unit, Declarations own, Declarations containerWide)
      throws Exception {
    boolean needsComponents = !containerWide.isEmpty() || own.allServices();
    Set<ComponentID> components = needsComponents ? components(unit.id()) : Set.of();
    List<EntityDeclaration> entities = new ArrayList<>(own.entities());
    containerWide.entities().stream().filter(e -> components.contains(e.ra()))
        .forEach(entities::add);
    Set<ServiceID> services = new LinkedHashSet<>(own.services());
    containerWide.services().stream().filter(components::contains).forEach(services::add);
    if (own.allServices() || containerWide.allServices()) {
      components.stream().filter(ServiceID.class::isInstance).map(ServiceID.class::cast)
          .forEach(services::add);
    }
    return new Declarations(entities, List.copyOf(services), false);
  }

  private Set<ComponentID> components(DeployableUnitID id) throws Exception {
    return new LinkedHashSet<>(List.of(slee.deployment().getDescriptor(id).getComponents()));
  }

  private void apply(DeployedUnit unit, Declarations plan) throws Exception {
    for (EntityDeclaration e : plan.entities()) {
      ConfigProperties properties = properties(e);
      step("create RA entity " + e.entityName() + " of " + ComponentIds.format(e.ra()), () ->
          slee.resources().createResourceAdaptorEntity(e.ra(), e.entityName(), properties));
      unit.entityCreated(e.entityName());
    }
    for (EntityDeclaration e : plan.entities()) {
      step("activate RA entity " + e.entityName(),
          () -> slee.resources().activateResourceAdaptorEntity(e.entityName()));
      unit.entityActivated(e.entityName());
    }
    for (EntityDeclaration e : plan.entities()) {
      for (String link : e.links()) {
        step("bind link name " + link + " to " + e.entityName(),
            () -> slee.resources().bindLinkName(e.entityName(), link));
        unit.linkBound(link);
      }
    }
    for (ServiceID service : plan.services()) {
      step("activate service " + ComponentIds.format(service),
          () -> slee.services().activate(service));
      unit.serviceActivated(service);
    }
  }

  /** The RA's declared defaults overridden by the declared settings, typed as the RA declares. */
  private ConfigProperties properties(EntityDeclaration e) throws Exception {
    ConfigProperties declared = new ConfigProperties();
    step("read config properties of " + ComponentIds.format(e.ra()), () -> {
      for (ConfigProperties.Property p : slee.resources().getConfigurationProperties(e.ra())
          .getProperties()) {
        declared.addProperty(p);
      }
    });
    Map<String, ConfigProperties.Property> merged = new LinkedHashMap<>();
    for (ConfigProperties.Property p : declared.getProperties()) {
      // A declared property without default stays unset unless given: the SLEE decides then.
      if (p.getValue() != null) {
        merged.put(p.getName(), p);
      }
    }
    for (PropertySetting s : e.properties()) {
      merged.put(s.name(), s.resolve(declared, ComponentIds.format(e.ra())));
    }
    ConfigProperties result = new ConfigProperties();
    merged.values().forEach(result::addProperty);
    return result;
  }

  private List<Exception> undo(DeployedUnit unit) {
    List<Exception> failures = new ArrayList<>();
    List<ServiceID> services = servicesToDeactivate(unit, failures);
    for (ServiceID s : services) {
      collect(failures, "deactivate service " + ComponentIds.format(s), () -> {
        if (slee.services().getState(s).isActive()) {
          slee.services().deactivate(s);
        }
        StateWait.until(() -> slee.services().getState(s).isInactive(), stopTimeout,
            "service " + ComponentIds.format(s) + " becoming inactive (its SBB entities stay"
                + " until the activities they are attached to end)");
      });
    }
    for (String link : reversed(unit.boundLinks())) {
      collect(failures, "unbind link name " + link, () -> slee.resources().unbindLinkName(link));
    }
    for (String entity : reversed(unit.activatedEntities())) {
      collect(failures, "deactivate RA entity " + entity, () -> {
        if (slee.resources().getState(entity).isActive()) {
          slee.resources().deactivateResourceAdaptorEntity(entity);
        }
        StateWait.until(() -> slee.resources().getState(entity).isInactive(), stopTimeout,
            "RA entity " + entity + " becoming inactive (it stops once its activities end)");
      });
    }
    for (String entity : reversed(unit.createdEntities())) {
      collect(failures, "remove RA entity " + entity,
          () -> slee.resources().removeResourceAdaptorEntity(entity));
    }
    collect(failures, "uninstall " + unit, () -> slee.deployment().uninstall(unit.id()));
    deleteQuietly(unit.file());
    return failures;
  }

  /** Those we activated, then any other service of the DU that is still active. */
  private List<ServiceID> servicesToDeactivate(DeployedUnit unit, List<Exception> failures) {
    Set<ServiceID> services = new LinkedHashSet<>(reversed(unit.activatedServices()));
    collect(failures, "list services of " + unit, () -> {
      for (ComponentID c : components(unit.id())) {
        if (c instanceof ServiceID s && slee.services().getState(s) != ServiceState.INACTIVE) {
          services.add(s);
        }
      }
    });
    return List.copyOf(services);
  }

  private static void step(String what, Step step) throws Exception {
    try {
      step.run();
    } catch (Exception e) {
      throw new IllegalStateException(what + ": " + describe(e), e);
    }
  }

  private static void collect(List<Exception> failures, String what, Step step) {
    try {
      step.run();
    } catch (Exception e) {
      failures.add(new IllegalStateException(what + ": " + describe(e), e));
    }
  }

  private static String describe(Exception e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("could not delete exported DU {}: {}", file, e.getMessage());
    }
  }
}
