package org.sleecharging.arquillian.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.function.Function;
import javax.management.MBeanServerInvocationHandler;
import javax.slee.management.DeployableUnitID;
import javax.slee.management.ResourceAdaptorEntityState;
import javax.slee.management.ServiceState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sleecharging.arquillian.SleeManagement;
import org.sleecharging.arquillian.testdu.GreeterDus;

/**
 * The remote adapter against a SLEE reached only through its JMX connector. Entity, link and
 * service activation come from arquillian.xml (container "remote"), applied to the DU that holds
 * each component; {@link LoopbackSlee} checks afterwards that undeploy removed everything.
 */
@ExtendWith({LoopbackSlee.class, ArquillianExtension.class})
class RemoteSleeContainerIT {

  @Deployment(name = "ra", order = 1, testable = false)
  static JavaArchive raDu() {
    return GreeterDus.raDu();
  }

  @Deployment(name = "service", order = 2, testable = false)
  static JavaArchive serviceDu() {
    return GreeterDus.serviceDu();
  }

  @ArquillianResource SleeManagement management;

  @Test
  void managementGoesThroughJmxProxies() {
    assertThat(Proxy.getInvocationHandler(management.deployment()))
        .isInstanceOf(MBeanServerInvocationHandler.class);
    assertThat(Proxy.getInvocationHandler(management.resources()))
        .isInstanceOf(MBeanServerInvocationHandler.class);
  }

  @Test
  void theConfiguredEntityLinkAndServicesAreUp() throws Exception {
    assertThat(management.deployment().getDeployableUnits()).extracting(DeployableUnitID::getURL)
        .anyMatch(url -> url.endsWith("/greeter-ra-du.jar"))
        .anyMatch(url -> url.endsWith("/greeter-service-du.jar"));
    assertThat(management.resources().getState("greeter"))
        .isEqualTo(ResourceAdaptorEntityState.ACTIVE);
    assertThat(management.resources().getResourceAdaptorEntity(GreeterDus.LINK))
        .isEqualTo("greeter");
    assertThat(management.resources().getConfigurationProperties("greeter")
        .getProperty("greeting").getValue()).isEqualTo("hallo");
    assertThat(management.services().getState(GreeterDus.SERVICE_ID))
        .isEqualTo(ServiceState.ACTIVE);
  }

  @Test
  void theDeployedServiceRunsInTheRemoteSlee() {
    @SuppressWarnings("unchecked")
    Function<String, String> ra = LoopbackSlee.target().resourceAdaptor("greeter",
        Function.class);

    ra.apply("greet B remote");

    await().atMost(Duration.ofSeconds(10))
        .until(() -> ra.apply("lines"), lines -> lines.equals("hallo remote"));

    // The root SBB entity lives as long as the activity; end it so the service can stop.
    ra.apply("end B");
    await().atMost(Duration.ofSeconds(10))
        .until(() -> LoopbackSlee.target().inspect().totalSbbEntities() == 0);
  }
}
