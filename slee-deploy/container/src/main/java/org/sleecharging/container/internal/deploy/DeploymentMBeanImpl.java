package org.sleecharging.container.internal.deploy;

import java.net.MalformedURLException;
import java.util.Objects;
import java.util.function.IntFunction;
import javax.slee.ComponentID;
import javax.slee.EventTypeID;
import javax.slee.InvalidStateException;
import javax.slee.SbbID;
import javax.slee.ServiceID;
import javax.slee.UnrecognizedComponentException;
import javax.slee.UnrecognizedServiceException;
import javax.slee.management.ComponentDescriptor;
import javax.slee.management.DependencyException;
import javax.slee.management.DeployableUnitDescriptor;
import javax.slee.management.DeployableUnitID;
import javax.slee.management.DeploymentException;
import javax.slee.management.DeploymentMBean;
import javax.slee.management.LibraryID;
import javax.slee.management.ManagementException;
import javax.slee.management.UnrecognizedDeployableUnitException;
import javax.slee.profile.ProfileSpecificationID;
import javax.slee.resource.ResourceAdaptorID;
import javax.slee.resource.ResourceAdaptorTypeID;
import org.sleecharging.container.internal.model.EventTypeDescriptor;
import org.sleecharging.container.internal.model.LibraryDescriptor;
import org.sleecharging.container.internal.model.RaDescriptor;
import org.sleecharging.container.internal.model.RaTypeDescriptor;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.model.ServiceDescriptor;

/**
 * The standard {@link DeploymentMBean} over a {@link Deployer}, ready to be registered (e.g. as a
 * {@code javax.management.StandardMBean}) under {@link DeploymentMBean#OBJECT_NAME}. A closed
 * deployer answers every call with a ManagementException.
 */
public final class DeploymentMBeanImpl implements DeploymentMBean {

  private static final ProfileSpecificationID[] NO_PROFILE_SPECS = new ProfileSpecificationID[0];

  private final Deployer deployer;

  public DeploymentMBeanImpl(Deployer deployer) {
    this.deployer = Objects.requireNonNull(deployer, "deployer");
  }

  @Override
  public DeployableUnitID install(String url)
      throws MalformedURLException, DeploymentException, ManagementException {
    try {
      return deployer.install(Objects.requireNonNull(url, "url"));
    } catch (IllegalStateException e) {
      throw closed(e);
    }
  }

  @Override
  public void uninstall(DeployableUnitID id)
      throws UnrecognizedDeployableUnitException,
          DependencyException,
          InvalidStateException,
          ManagementException {
    try {
      deployer.uninstall(id);
    } catch (IllegalStateException e) {
      throw closed(e);
    }
  }

  @Override
  public DeployableUnitID getDeployableUnit(String url) throws UnrecognizedDeployableUnitException {
    return deployer.getDeployableUnit(url);
  }

  @Override
  public DeployableUnitID[] getDeployableUnits() {
    return deployer.getDeployableUnits();
  }

  @Override
  public SbbID[] getSbbs() {
    return ids(SbbDescriptor.class, SbbID[]::new);
  }

  @Override
  public SbbID[] getSbbs(ServiceID service) throws UnrecognizedServiceException {
    return deployer.getSbbs(service);
  }

  @Override
  public EventTypeID[] getEventTypes() {
    return ids(EventTypeDescriptor.class, EventTypeID[]::new);
  }

  /** Always empty: profile specifications are not supported. */
  @Override
  public ProfileSpecificationID[] getProfileSpecifications() {
    return NO_PROFILE_SPECS;
  }

  @Override
  public ServiceID[] getServices() {
    return ids(ServiceDescriptor.class, ServiceID[]::new);
  }

  @Override
  public ResourceAdaptorTypeID[] getResourceAdaptorTypes() {
    return ids(RaTypeDescriptor.class, ResourceAdaptorTypeID[]::new);
  }

  @Override
  public ResourceAdaptorID[] getResourceAdaptors() {
    return ids(RaDescriptor.class, ResourceAdaptorID[]::new);
  }

  @Override
  public LibraryID[] getLibraries() {
    return ids(LibraryDescriptor.class, LibraryID[]::new);
  }

  @Override
  public ComponentID[] getReferringComponents(ComponentID id)
      throws UnrecognizedComponentException {
    return deployer.getReferringComponents(id);
  }

  @Override
  public DeployableUnitDescriptor getDescriptor(DeployableUnitID id)
      throws UnrecognizedDeployableUnitException {
    return deployer.getDescriptor(id);
  }

  /** Unrecognized ids give null elements (DeploymentMBean.getDescriptors). */
  @Override
  public DeployableUnitDescriptor[] getDescriptors(DeployableUnitID[] ids) {
    Objects.requireNonNull(ids, "ids");
    DeployableUnitDescriptor[] out = new DeployableUnitDescriptor[ids.length];
    for (int i = 0; i < ids.length; i++) {
      try {
        out[i] = deployer.getDescriptor(Objects.requireNonNull(ids[i], "ids[" + i + "]"));
      } catch (UnrecognizedDeployableUnitException e) {
        out[i] = null;
      }
    }
    return out;
  }

  @Override
  public ComponentDescriptor getDescriptor(ComponentID id) throws UnrecognizedComponentException {
    return deployer.getDescriptor(id);
  }

  /** Unrecognized ids give null elements (DeploymentMBean.getDescriptors). */
  @Override
  public ComponentDescriptor[] getDescriptors(ComponentID[] ids) {
    Objects.requireNonNull(ids, "ids");
    ComponentDescriptor[] out = new ComponentDescriptor[ids.length];
    for (int i = 0; i < ids.length; i++) {
      try {
        out[i] = deployer.getDescriptor(Objects.requireNonNull(ids[i], "ids[" + i + "]"));
      } catch (UnrecognizedComponentException e) {
        out[i] = null;
      }
    }
    return out;
  }

  @Override
  public boolean isInstalled(DeployableUnitID id) {
    return deployer.isInstalled(id);
  }

  @Override
  public boolean isInstalled(ComponentID id) {
    return deployer.isInstalled(id);
  }

  private <I extends ComponentID> I[] ids(
      Class<? extends org.sleecharging.container.internal.model.ComponentDescriptor> kind,
      IntFunction<I[]> array) {
    @SuppressWarnings("unchecked")
    I[] ids =
        deployer.repository().all(kind).stream().map(c -> (I) c.descriptor().id()).toArray(array);
    return ids;
  }

  private static ManagementException closed(IllegalStateException e) {
    return new ManagementException(e.getMessage(), e);
  }
}
