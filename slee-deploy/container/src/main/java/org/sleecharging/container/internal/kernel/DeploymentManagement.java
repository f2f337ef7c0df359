package org.sleecharging.container.internal.kernel;

import java.net.MalformedURLException;
import java.util.Objects;
import javax.slee.ComponentID;
import javax.slee.EventTypeID;
import javax.slee.SbbID;
import javax.slee.ServiceID;
import javax.slee.UnrecognizedComponentException;
import javax.slee.UnrecognizedServiceException;
import javax.slee.management.ComponentDescriptor;
import javax.slee.management.DeployableUnitDescriptor;
import javax.slee.management.DeployableUnitID;
import javax.slee.management.DependencyException;
import javax.slee.management.DeploymentException;
import javax.slee.management.DeploymentMBean;
import javax.slee.management.LibraryID;
import javax.slee.management.ManagementException;
import javax.slee.management.UnrecognizedDeployableUnitException;
import javax.slee.profile.ProfileSpecificationID;
import javax.slee.resource.ResourceAdaptorID;
import javax.slee.resource.ResourceAdaptorTypeID;
import org.sleecharging.container.internal.deploy.Deployer;
import org.sleecharging.container.internal.model.EventTypeDescriptor;
import org.sleecharging.container.internal.model.LibraryDescriptor;
import org.sleecharging.container.internal.model.RaDescriptor;
import org.sleecharging.container.internal.model.RaTypeDescriptor;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.model.ServiceDescriptor;
import org.sleecharging.container.internal.spi.ComponentRepository;

/** The JAIN SLEE 1.1 DeploymentMBean over the deployer and its repository. */
final class DeploymentManagement implements DeploymentMBean {
  private final Deployer deployer;
  private final ComponentRepository repository;

  DeploymentManagement(Deployer deployer) {
    this.deployer = deployer;
    this.repository = deployer.repository();
  }

  @Override
  public DeployableUnitID install(String url)
      throws MalformedURLException, DeploymentException, ManagementException {
    Objects.requireNonNull(url, "url");
    return deployer.install(url);
  }

  @Override
  public void uninstall(DeployableUnitID id) throws UnrecognizedDeployableUnitException,
      DependencyException, javax.slee.InvalidStateException {
    deployer.uninstall(id);
  }

  @Override
  public DeployableUnitID getDeployableUnit(String url)
      throws UnrecognizedDeployableUnitException {
    return deployer.getDeployableUnit(url);
  }

  @Override
  public DeployableUnitID[] getDeployableUnits() {
    return deployer.getDeployableUnits();
  }

  @Override
  public SbbID[] getSbbs() {
    return ids(SbbDescriptor.class, SbbID.class);
  }

  @Override
  public SbbID[] getSbbs(ServiceID service) throws UnrecognizedServiceException {
    return deployer.getSbbs(service);
  }

  @Override
  public EventTypeID[] getEventTypes() {
    return ids(EventTypeDescriptor.class, EventTypeID.class);
  }

  @Override
  public ProfileSpecificationID[] getProfileSpecifications() {
    return new ProfileSpecificationID[0]; // profiles are refused at deployment
  }

  @Override
  public ServiceID[] getServices() {
    return ids(ServiceDescriptor.class, ServiceID.class);
  }

  @Override
  public ResourceAdaptorTypeID[] getResourceAdaptorTypes() {
    return ids(RaTypeDescriptor.class, ResourceAdaptorTypeID.class);
  }

  @Override
  public ResourceAdaptorID[] getResourceAdaptors() {
    return ids(RaDescriptor.class, ResourceAdaptorID.class);
  }

  @Override
  public LibraryID[] getLibraries() {
    return ids(LibraryDescriptor.class, LibraryID.class);
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

  @Override
  public DeployableUnitDescriptor[] getDescriptors(DeployableUnitID[] ids) {
    DeployableUnitDescriptor[] out = new DeployableUnitDescriptor[ids.length];
    for (int i = 0; i < ids.length; i++) {
      try {
        out[i] = deployer.getDescriptor(Objects.requireNonNull(ids[i], "ids[" + i + "]"));
      } catch (UnrecognizedDeployableUnitException e) {
        out[i] = null; // DeploymentMBean: null for an id that is not installed
      }
    }
    return out;
  }

  @Override
  public ComponentDescriptor getDescriptor(ComponentID id) throws UnrecognizedComponentException {
    return deployer.getDescriptor(id);
  }

  @Override
  public ComponentDescriptor[] getDescriptors(ComponentID[] ids) {
    ComponentDescriptor[] out = new ComponentDescriptor[ids.length];
    for (int i = 0; i < ids.length; i++) {
      try {
        out[i] = deployer.getDescriptor(Objects.requireNonNull(ids[i], "ids[" + i + "]"));
      } catch (UnrecognizedComponentException e) {
        out[i] = null; // DeploymentMBean: null for an id that is not installed
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

  private <D extends org.sleecharging.container.internal.model.ComponentDescriptor, I>
      I[] ids(Class<D> kind, Class<I> idType) {
    return repository.all(kind).stream()
        .map(c -> idType.cast(c.descriptor().id()))
        .toArray(n -> newArray(idType, n));
  }

  @SuppressWarnings("unchecked")
  private static <I> I[] newArray(Class<I> type, int n) {
    return (I[]) java.lang.reflect.Array.newInstance(type, n);
  }
}
