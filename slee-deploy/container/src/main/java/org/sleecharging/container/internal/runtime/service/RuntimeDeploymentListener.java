package org.sleecharging.container.internal.runtime.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import javax.slee.EventTypeID;
import javax.slee.InvalidStateException;
import javax.slee.UnrecognizedServiceException;
import javax.slee.management.DeploymentException;
import org.sleecharging.container.internal.model.EventTypeDescriptor;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.model.ServiceDescriptor;
import org.sleecharging.container.internal.runtime.facility.SbbEnvBuilder;
import org.sleecharging.container.internal.runtime.naming.JavaNaming;
import org.sleecharging.container.internal.runtime.sbb.SbbComponent;
import org.sleecharging.container.internal.runtime.sbb.SbbRuntime;
import org.sleecharging.container.internal.spi.ComponentRepository;
import org.sleecharging.container.internal.spi.DeploymentListener;
import org.sleecharging.container.internal.spi.InstalledComponent;

/**
 * The runtime's part in installing a deployable unit: SBB abstract classes are checked and their
 * concrete classes generated (all or none of the unit's SBBs become visible), services become
 * known as INACTIVE; uninstalling a service that is not INACTIVE is refused.
 */
public final class RuntimeDeploymentListener implements DeploymentListener {
  private final SbbRuntime sbbs;
  private final ServiceRuntime services;
  private final ComponentRepository repository;

  public RuntimeDeploymentListener(
      SbbRuntime sbbs, ServiceRuntime services, ComponentRepository repository) {
    this.sbbs = sbbs;
    this.services = services;
    this.repository = repository;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void installing(List<InstalledComponent<?>> components) throws DeploymentException {
    Map<EventTypeID, String> eventClasses = new HashMap<>();
    for (InstalledComponent<?> c : components) {
      if (c.descriptor() instanceof EventTypeDescriptor e) {
        eventClasses.put(e.id(), e.eventClassName());
      }
    }
    List<SbbComponent> built = new ArrayList<>();
    for (InstalledComponent<?> c : components) {
      if (c.descriptor() instanceof SbbDescriptor) {
        InstalledComponent<SbbDescriptor> sbb = (InstalledComponent<SbbDescriptor>) c;
        SbbComponent component = sbbs.build(sbb, type -> eventClass(eventClasses, type),
            JavaNaming.contextLoaderFor(sbb.classLoader()));
        SbbEnvBuilder.checkEnvEntries(component);
        built.add(component);
      }
    }
    built.forEach(sbbs::register);
    for (InstalledComponent<?> c : components) {
      if (c.descriptor() instanceof ServiceDescriptor s) {
        services.installed(s);
      }
    }
  }

  private String eventClass(Map<EventTypeID, String> local, EventTypeID type) {
    String name = local.get(type);
    if (name != null) {
      return name;
    }
    return repository.find(type)
        .filter(c -> c.descriptor() instanceof EventTypeDescriptor)
        .map(c -> ((EventTypeDescriptor) c.descriptor()).eventClassName())
        .orElse(null);
  }

  @Override
  public void checkUninstall(List<InstalledComponent<?>> components) throws InvalidStateException {
    for (InstalledComponent<?> c : components) {
      if (c.descriptor() instanceof ServiceDescriptor s) {
        try {
          if (!services.getState(s.id()).isInactive()) {
            throw new InvalidStateException("service " + s.id() + " is "
                + services.getState(s.id()) + "; deactivate it before uninstalling");
          }
        } catch (UnrecognizedServiceException e) {
          // not known to the runtime: nothing of it is running
        }
      }
    }
  }

  @Override
  public void uninstalled(List<InstalledComponent<?>> components) {
    for (InstalledComponent<?> c : components) {
      if (c.descriptor() instanceof SbbDescriptor s) {
        sbbs.unregister(s.id());
      } else if (c.descriptor() instanceof ServiceDescriptor s) {
        services.uninstalled(s.id());
      }
    }
  }
}
