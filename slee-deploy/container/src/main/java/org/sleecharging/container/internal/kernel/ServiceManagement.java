package org.sleecharging.container.internal.kernel;

import java.util.Objects;
import javax.management.ObjectName;
import javax.slee.InvalidArgumentException;
import javax.slee.InvalidStateException;
import javax.slee.ServiceID;
import javax.slee.UnrecognizedServiceException;
import javax.slee.management.ManagementException;
import javax.slee.management.ServiceManagementMBean;
import javax.slee.management.ServiceState;
import org.sleecharging.container.internal.runtime.service.ServiceRuntime;

/** The JAIN SLEE 1.1 ServiceManagementMBean over the service runtime. */
final class ServiceManagement implements ServiceManagementMBean {
  private final ServiceRuntime services;

  ServiceManagement(ServiceRuntime services) {
    this.services = services;
  }

  @Override
  public ServiceState getState(ServiceID id) throws UnrecognizedServiceException {
    return services.getState(Objects.requireNonNull(id, "service"));
  }

  @Override
  public ServiceID[] getServices(ServiceState state) {
    return services.getServices(Objects.requireNonNull(state, "state"));
  }

  @Override
  public void activate(ServiceID id) throws UnrecognizedServiceException, InvalidStateException {
    try {
      services.activate(Objects.requireNonNull(id, "service"));
    } catch (InvalidArgumentException e) {
      throw new IllegalStateException("one service cannot be a duplicate", e);
    }
  }

  @Override
  public void activate(ServiceID[] ids)
      throws InvalidArgumentException, UnrecognizedServiceException, InvalidStateException {
    services.activate(nonNull(ids));
  }

  @Override
  public void deactivate(ServiceID id) throws UnrecognizedServiceException, InvalidStateException {
    try {
      services.deactivate(Objects.requireNonNull(id, "service"));
    } catch (InvalidArgumentException e) {
      throw new IllegalStateException("one service cannot be a duplicate", e);
    }
  }

  @Override
  public void deactivate(ServiceID[] ids)
      throws InvalidArgumentException, UnrecognizedServiceException, InvalidStateException {
    services.deactivate(nonNull(ids));
  }

  @Override
  public void deactivateAndActivate(ServiceID deactivate, ServiceID activate)
      throws InvalidArgumentException, UnrecognizedServiceException, InvalidStateException {
    services.deactivateAndActivate(new ServiceID[] {Objects.requireNonNull(deactivate)},
        new ServiceID[] {Objects.requireNonNull(activate)});
  }

  @Override
  public void deactivateAndActivate(ServiceID[] deactivate, ServiceID[] activate)
      throws InvalidArgumentException, UnrecognizedServiceException, InvalidStateException {
    services.deactivateAndActivate(nonNull(deactivate), nonNull(activate));
  }

  @Override
  public ObjectName getServiceUsageMBean(ServiceID id) throws ManagementException {
    throw new ManagementException(
        "service usage MBeans are not provided by the embedded container; read usage through "
            + "EmbeddedSlee.inspect()");
  }

  private static ServiceID[] nonNull(ServiceID[] ids) {
    Objects.requireNonNull(ids, "services");
    for (int i = 0; i < ids.length; i++) {
      Objects.requireNonNull(ids[i], "services[" + i + "]");
    }
    return ids;
  }
}
