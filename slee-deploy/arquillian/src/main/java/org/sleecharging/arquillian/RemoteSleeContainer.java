package org.sleecharging.arquillian;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.slee.management.DeployableUnitID;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;

/**
 * Arquillian adapter that drives an already running JAIN SLEE (Restcomm JAIN SLEE 7, or an
 * embedded container with a JMX connector) through the standard management MBeans over a JMX
 * connection. It starts and stops nothing but the connection.
 *
 * <p>Deploy exports the archive to {@code exportDirectory} and calls {@code
 * DeploymentMBean.install(fileUrl)}: the SLEE reads that file itself, so it must run on the same
 * host (or see the directory on a shared file system). Undeploy deactivates what the deployment
 * declared, removes its entities and uninstalls the DU.
 */
public final class RemoteSleeContainer extends AbstractSleeContainer<RemoteSleeConfiguration> {
  private JMXConnector connector;
  private SleeManagement management;

  @Override
  public Class<RemoteSleeConfiguration> getConfigurationClass() {
    return RemoteSleeConfiguration.class;
  }

  @Override
  SleeManagement startSlee(RemoteSleeConfiguration configuration) throws LifecycleException {
    Map<String, Object> environment = new HashMap<>();
    if (configuration.getUsername() != null) {
      environment.put(JMXConnector.CREDENTIALS,
          new String[] {configuration.getUsername(), configuration.getPassword()});
    }
    try {
      connector = JMXConnectorFactory.connect(configuration.serviceUrl(), environment);
      management = SleeManagement.over(connector.getMBeanServerConnection());
      // Fail at start, not at the first deploy, when the URL does not lead to a JAIN SLEE.
      management.deployment().getDeployableUnits();
    } catch (IOException | RuntimeException | javax.slee.management.ManagementException e) {
      stopSlee();
      throw new LifecycleException("no JAIN SLEE management at " + configuration.getJmxServiceUrl()
          + ": " + e, e);
    }
    return management;
  }

  @Override
  void stopSlee() throws LifecycleException {
    management = null;
    if (connector != null) {
      try {
        connector.close();
      } catch (IOException e) {
        throw new LifecycleException("closing the JMX connection failed: " + e.getMessage(), e);
      } finally {
        connector = null;
      }
    }
  }

  @Override
  SleeManagement currentManagement() {
    return management;
  }

  @Override
  DeployableUnitID install(Path duJar) throws Exception {
    return management.deployment().install(duJar.toUri().toURL().toString());
  }
}
