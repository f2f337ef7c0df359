package org.sleecharging.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import javax.management.JMX;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.slee.management.DeployableUnitID;
import javax.slee.management.DeploymentMBean;
import javax.slee.management.ResourceManagementMBean;
import javax.slee.management.ServiceManagementMBean;
import javax.slee.management.ServiceState;
import javax.slee.resource.ConfigProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleecharging.container.testdu.TestDus;

/**
 * The standard JAIN SLEE MBeans, reached over the loopback JMX connector exactly as a remote
 * management client reaches any JAIN SLEE: install, entity creation, link binding, service
 * activation, then the deployed service runs.
 */
class ManagementMBeansIT {
  @TempDir Path dir;

  @Test
  void deployAndRunThroughTheStandardMBeansOverJmx() throws Exception {
    try (EmbeddedSlee slee = EmbeddedSlee.builder().jmxPort(0).start();
        JMXConnector jmx = JMXConnectorFactory.connect(slee.jmxServiceUrl())) {
      MBeanServerConnection c = jmx.getMBeanServerConnection();
      DeploymentMBean deployment = JMX.newMBeanProxy(c,
          new ObjectName(DeploymentMBean.OBJECT_NAME), DeploymentMBean.class);
      ResourceManagementMBean resources = JMX.newMBeanProxy(c,
          new ObjectName(ResourceManagementMBean.OBJECT_NAME), ResourceManagementMBean.class);
      ServiceManagementMBean services = JMX.newMBeanProxy(c,
          new ObjectName(ServiceManagementMBean.OBJECT_NAME), ServiceManagementMBean.class);

      DeployableUnitID raDu = deployment.install(TestDus.raDu(dir).toUri().toURL().toString());
      ConfigProperties props = new ConfigProperties();
      props.addProperty(new ConfigProperties.Property("greeting", "java.lang.String", "bonjour"));
      resources.createResourceAdaptorEntity(TestDus.PING_RA, "ping", props);
      resources.activateResourceAdaptorEntity("ping");
      resources.bindLinkName("ping", TestDus.LINK);
      DeployableUnitID serviceDu =
          deployment.install(TestDus.serviceDu(dir).toUri().toURL().toString());
      services.activate(TestDus.PING_SERVICE);

      assertThat(deployment.getDeployableUnits()).containsExactlyInAnyOrder(raDu, serviceDu);
      assertThat(services.getState(TestDus.PING_SERVICE)).isEqualTo(ServiceState.ACTIVE);
      assertThat(resources.getResourceAdaptorEntity(TestDus.LINK)).isEqualTo("ping");
      assertThat(resources.getConfigurationProperties("ping").getProperty("greeting").getValue())
          .isEqualTo("bonjour");

      @SuppressWarnings("unchecked")
      java.util.function.Function<String, String> ra =
          slee.resourceAdaptor("ping", java.util.function.Function.class);
      ra.apply("start A");
      ra.apply("fire A k1 count");
      await().atMost(Duration.ofSeconds(10))
          .until(() -> ra.apply("reports").contains("k1 count count=1"));

      // the RA DU cannot go while the service DU and the entity depend on it
      assertThatThrownBy(() -> deployment.uninstall(raDu))
          .isInstanceOf(javax.slee.management.DependencyException.class);
    }
  }
}
