package org.sleecharging.arquillian;

import java.nio.file.Path;
import javax.slee.management.DeployableUnitID;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.sleecharging.container.EmbeddedSlee;

/**
 * Arquillian adapter that runs an {@link EmbeddedSlee} in the test JVM: started on {@code
 * start()}, closed on {@code stop()}; each deployment is exported to a DU jar and installed with
 * {@link EmbeddedSlee#deploy(Path)}. Tests get {@code @ArquillianResource EmbeddedSlee} and
 * {@code @ArquillianResource SleeManagement}.
 */
public final class EmbeddedSleeContainer extends AbstractSleeContainer<EmbeddedSleeConfiguration> {
  private EmbeddedSlee slee;

  @Override
  public Class<EmbeddedSleeConfiguration> getConfigurationClass() {
    return EmbeddedSleeConfiguration.class;
  }

  /** The running container, for injection; null when not started. */
  EmbeddedSlee slee() {
    return slee;
  }

  @Override
  SleeManagement startSlee(EmbeddedSleeConfiguration configuration) throws LifecycleException {
    EmbeddedSlee.Builder builder = EmbeddedSlee.builder().name(configuration.getName())
        .registerMBeans(configuration.isRegisterMBeans());
    if (configuration.getEventThreads() > 0) {
      builder.eventThreads(configuration.getEventThreads());
    }
    if (configuration.getJmxPort() >= 0) {
      builder.jmxPort(configuration.getJmxPort());
    }
    try {
      slee = builder.start();
    } catch (RuntimeException e) {
      throw new LifecycleException("embedded SLEE " + configuration.getName()
          + " did not start: " + e.getMessage(), e);
    }
    return SleeManagement.of(slee);
  }

  @Override
  void stopSlee() {
    if (slee != null) {
      try {
        slee.close();
      } finally {
        slee = null;
      }
    }
  }

  @Override
  SleeManagement currentManagement() {
    return slee == null ? null : SleeManagement.of(slee);
  }

  @Override
  DeployableUnitID install(Path duJar) throws Exception {
    return slee.deploy(duJar);
  }
}
