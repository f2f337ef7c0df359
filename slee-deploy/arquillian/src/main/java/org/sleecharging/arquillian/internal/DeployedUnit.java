package org.sleecharging.arquillian.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.slee.ServiceID;
import javax.slee.management.DeployableUnitID;

/**
 * A DU installed by the driver and what the driver did for it, in order, so undeploy (or a
 * failed deploy) undoes exactly that in reverse.
 */
public final class DeployedUnit {
  private final String archiveName;
  private final Path file;
  private final DeployableUnitID id;
  private final List<String> createdEntities = new ArrayList<>();
  private final List<String> activatedEntities = new ArrayList<>();
  private final List<String> boundLinks = new ArrayList<>();
  private final List<ServiceID> activatedServices = new ArrayList<>();

  DeployedUnit(String archiveName, Path file, DeployableUnitID id) {
    this.archiveName = archiveName;
    this.file = file;
    this.id = id;
  }

  public String archiveName() {
    return archiveName;
  }

  public Path file() {
    return file;
  }

  public DeployableUnitID id() {
    return id;
  }

  public List<String> createdEntities() {
    return Collections.unmodifiableList(createdEntities);
  }

  public List<String> boundLinks() {
    return Collections.unmodifiableList(boundLinks);
  }

  public List<ServiceID> activatedServices() {
    return Collections.unmodifiableList(activatedServices);
  }

  List<String> activatedEntities() {
    return Collections.unmodifiableList(activatedEntities);
  }

  void entityCreated(String entity) {
    createdEntities.add(entity);
  }

  void entityActivated(String entity) {
    activatedEntities.add(entity);
  }

  void linkBound(String link) {
    boundLinks.add(link);
  }

  void serviceActivated(ServiceID service) {
    activatedServices.add(service);
  }

  @Override
  public String toString() {
    return archiveName + " (" + id + ")";
  }
}
