package org.sleecharging.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.slee.ComponentID;
import javax.slee.ServiceID;
import javax.slee.management.DeployableUnitDescriptor;
import javax.slee.management.DeployableUnitID;
import javax.slee.management.ManagementException;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.InvalidConfigurationException;
import javax.slee.resource.ResourceAdaptorID;
import org.sleecharging.container.EmbeddedSlee;
import org.sleecharging.netsim.NetworkSimulator;
import org.sleecharging.netsim.driver.NetworkDriver;
import org.sleecharging.netsim.driver.NetworkDrivers;

/**
 * Deploys the DUs in dependency order and creates what they need, through the standard management
 * operations: the network simulator with its entity, the charging RA with entity "ChargingRA"
 * (link name "ChargingRA") pointing at the OCS, then the services, all activated.
 */
public final class SleeSetup {
  public static final String CHARGING_ENTITY = "ChargingRA";
  public static final String CHARGING_LINK = "ChargingRA";

  private final EmbeddedSlee slee;
  private final DuDirectory dus;
  private final Consumer<String> progress;

  public SleeSetup(EmbeddedSlee slee, DuDirectory dus, Consumer<String> progress) {
    this.slee = slee;
    this.dus = dus;
    this.progress = progress;
  }

  /** Deploys the simulator DU, creates and activates its entity; its driver. */
  public NetworkDriver networkSimulator() throws Exception {
    deploy(LauncherDu.NETWORK_SIMULATOR);
    slee.createResourceAdaptorEntity(NetworkSimulator.RA, NetworkSimulator.ENTITY_NAME,
        new ConfigProperties());
    slee.activateResourceAdaptorEntity(NetworkSimulator.ENTITY_NAME);
    slee.bindLinkName(NetworkSimulator.ENTITY_NAME, NetworkSimulator.LINK_NAME);
    progress.accept("RA entity " + NetworkSimulator.ENTITY_NAME + " active, link name "
        + NetworkSimulator.LINK_NAME);
    return NetworkDrivers.of(slee.resourceAdaptor(NetworkSimulator.ENTITY_NAME, Object.class));
  }

  /**
   * Deploys the charging RA DU; entity "ChargingRA" of its only RA, configured for {@code ocs}.
   *
   * @throws MissingDuException when the DU jar is not there
   */
  public void chargingRa(OcsPeer ocs) throws Exception {
    DeployableUnitID du = deploy(LauncherDu.CHARGING_RA);
    List<ResourceAdaptorID> ras = components(du, ResourceAdaptorID.class);
    if (ras.size() != 1) {
      throw new IllegalStateException(LauncherDu.CHARGING_RA.fileName()
          + " must hold exactly one resource adaptor, holds " + ras);
    }
    ResourceAdaptorID ra = ras.get(0);
    Map<String, String> values = ChargingRaProperties.forPeer(ocs);
    ConfigProperties properties =
        ChargingRaProperties.typed(slee.resources().getConfigurationProperties(ra), values);
    try {
      slee.createResourceAdaptorEntity(ra, CHARGING_ENTITY, properties);
    } catch (InvalidConfigurationException e) {
      throw new IllegalStateException("the charging RA refused its configuration " + values
          + ": " + e.getMessage(), e);
    }
    slee.activateResourceAdaptorEntity(CHARGING_ENTITY);
    slee.bindLinkName(CHARGING_ENTITY, CHARGING_LINK);
    progress.accept("RA entity " + CHARGING_ENTITY + " (" + ra + ") active, link name "
        + CHARGING_LINK + ", OCS " + ocs);
  }

  /**
   * Deploys the services DU and activates every service in it.
   *
   * @throws MissingDuException when the DU jar is not there
   */
  public List<ServiceID> services() throws Exception {
    DeployableUnitID du = deploy(LauncherDu.SERVICES);
    List<ServiceID> services = components(du, ServiceID.class);
    for (ServiceID s : services) {
      slee.activateService(s);
      progress.accept("service " + s + " active");
    }
    return services;
  }

  private DeployableUnitID deploy(LauncherDu du) throws Exception {
    Path jar = dus.require(du);
    DeployableUnitID id = slee.deploy(jar);
    progress.accept("deployed " + jar.getFileName() + " (" + du.description() + ")");
    return id;
  }

  private <T extends ComponentID> List<T> components(DeployableUnitID du, Class<T> type)
      throws ManagementException, javax.slee.management.UnrecognizedDeployableUnitException {
    DeployableUnitDescriptor d = slee.deployment().getDescriptor(du);
    List<T> found = new ArrayList<>();
    for (ComponentID c : d.getComponents()) {
      if (type.isInstance(c)) {
        found.add(type.cast(c));
      }
    }
    return found;
  }
}
