package org.sleecharging.arquillian;

import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.config.descriptor.api.Multiline;
import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;
import org.sleecharging.arquillian.internal.CompactSyntax;
import org.sleecharging.arquillian.internal.Declarations;

/**
 * Container properties shared by the embedded and the remote adapter.
 *
 * <ul>
 *   <li>{@code raEntities}: RA entities to create after any deployment whose DU contains their
 *       RA, one per line (or separated by {@code ;}):
 *       {@code entityName: raName#raVendor#raVersion [key=value | Type:key=value]...}</li>
 *   <li>{@code linkNames}: {@code linkName=entityName} pairs (separated by {@code ,}, {@code ;}
 *       or whitespace) bound when that entity is created.</li>
 *   <li>{@code activateServices}: {@code name#vendor#version} ids activated after any deployment
 *       whose DU contains them; {@code *} activates every service of every deployed DU.</li>
 *   <li>{@code stopTimeoutSeconds}: how long undeploy waits for a deactivated service or entity
 *       to become inactive (default 30).</li>
 *   <li>{@code exportDirectory}: where deployments are written as DU jars (default: a fresh
 *       temporary directory).</li>
 * </ul>
 */
public abstract class SleeContainerConfiguration implements ContainerConfiguration {
  private String raEntities = "";
  private String linkNames = "";
  private String activateServices = "";
  private int stopTimeoutSeconds = 30;
  private String exportDirectory;
  private Declarations declarations = Declarations.NONE;

  @Override
  public void validate() throws ConfigurationException {
    if (stopTimeoutSeconds < 1) {
      throw new ConfigurationException("stopTimeoutSeconds must be >= 1, was "
          + stopTimeoutSeconds);
    }
    try {
      declarations = CompactSyntax.parse(raEntities, linkNames, activateServices);
    } catch (InvalidDeclarationException e) {
      throw new ConfigurationException(e.getMessage(), e);
    }
  }

  public String getRaEntities() {
    return raEntities;
  }

  /** Multi-line: each line declares one entity, so line breaks must survive. */
  @Multiline
  public void setRaEntities(String raEntities) {
    this.raEntities = raEntities;
  }

  public String getLinkNames() {
    return linkNames;
  }

  public void setLinkNames(String linkNames) {
    this.linkNames = linkNames;
  }

  public String getActivateServices() {
    return activateServices;
  }

  public void setActivateServices(String activateServices) {
    this.activateServices = activateServices;
  }

  public int getStopTimeoutSeconds() {
    return stopTimeoutSeconds;
  }

  public void setStopTimeoutSeconds(int stopTimeoutSeconds) {
    this.stopTimeoutSeconds = stopTimeoutSeconds;
  }

  public String getExportDirectory() {
    return exportDirectory;
  }

  public void setExportDirectory(String exportDirectory) {
    this.exportDirectory = exportDirectory;
  }

  Duration stopTimeout() {
    return Duration.ofSeconds(stopTimeoutSeconds);
  }

  /** The configured export directory, or null for a temporary one. */
  Path exportPath() {
    return exportDirectory == null || exportDirectory.isBlank() ? null : Path.of(exportDirectory);
  }

  /** The parsed declarations; valid after {@link #validate()}. */
  Declarations declarations() {
    return declarations;
  }
}
