package org.sleecharging.container.internal.runtime;

import java.util.ArrayList;
import java.util.List;
import javax.slee.ServiceID;
import javax.slee.management.DeploymentException;
import javax.slee.management.DeployableUnitID;
import org.sleecharging.container.internal.model.ComponentDescriptor;
import org.sleecharging.container.internal.model.ServiceDescriptor;
import org.sleecharging.container.internal.spi.InstalledComponent;

/** A SleeRuntime over fake seams, with hand-built components installed through its listener. */
final class RuntimeFixture implements AutoCloseable {
  final FakeSeams.Repository repository = new FakeSeams.Repository();
  final FakeSeams.Directory directory = new FakeSeams.Directory();
  final SleeRuntime runtime;

  RuntimeFixture() {
    this(new RuntimeOptions(4));
  }

  RuntimeFixture(RuntimeOptions options) {
    Recorder.reset();
    runtime = new SleeRuntime(repository, directory, new FakeSeams.Notifications(),
        new FakeSeams.Usage(), options);
  }

  void install(ComponentDescriptor... descriptors) throws DeploymentException {
    List<InstalledComponent<?>> components = new ArrayList<>();
    for (ComponentDescriptor d : descriptors) {
      InstalledComponent<?> c =
          new InstalledComponent<>(d, getClass().getClassLoader(), new DeployableUnitID("test"));
      components.add(c);
    }
    runtime.deploymentListener().installing(components);
    components.forEach(c -> repository.components.put(c.descriptor().id(), c));
  }

  /** Installs and activates the services; returns their ids. */
  ServiceID[] installActive(ComponentDescriptor... descriptors) throws Exception {
    install(descriptors);
    List<ServiceID> services = new ArrayList<>();
    for (ComponentDescriptor d : descriptors) {
      if (d instanceof ServiceDescriptor s) {
        services.add(s.id());
      }
    }
    ServiceID[] ids = services.toArray(ServiceID[]::new);
    runtime.services().activate(ids);
    return ids;
  }

  @Override
  public void close() {
    runtime.close();
  }
}
