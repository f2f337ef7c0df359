package org.sleecharging.arquillian.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.slee.management.DeployableUnitID;
import javax.slee.management.ServiceState;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sleecharging.arquillian.ActivateService;
import org.sleecharging.arquillian.ResourceAdaptorEntity;
import org.sleecharging.arquillian.SleeManagement;
import org.sleecharging.arquillian.testdu.GreeterDus;

/**
 * Deployments driven from the test with Arquillian's {@link Deployer}: undeploy takes down
 * exactly what deploy set up, and a deployment whose declarations the SLEE refuses is undone.
 * Runs in the same container as {@link EmbeddedSleeContainerIT}, so it also checks that the
 * other class's undeploy left nothing behind (the same DUs install again).
 */
@ExtendWith(ArquillianExtension.class)
class ManualDeploymentIT {

  @Deployment(name = "ra", managed = false, testable = false)
  @ResourceAdaptorEntity(ra = GreeterDus.RA, entity = "greeter", link = GreeterDus.LINK)
  static JavaArchive raDu() {
    return GreeterDus.raDu();
  }

  @Deployment(name = "service", managed = false, testable = false)
  @ActivateService("*")
  static JavaArchive serviceDu() {
    return GreeterDus.serviceDu();
  }

  @Deployment(name = "refused", managed = false, testable = false)
  @ResourceAdaptorEntity(ra = GreeterDus.RA, entity = "refused", properties = "repeat=0")
  static JavaArchive refusedRaDu() {
    return GreeterDus.raDu("refused-ra-du.jar");
  }

  @ArquillianResource Deployer deployer;
  @ArquillianResource SleeManagement management;

  @Test
  void undeployTakesDownWhatDeploySetUp() throws Exception {
    List<DeployableUnitID> before = List.of(management.deployment().getDeployableUnits());
    deployer.deploy("ra");
    deployer.deploy("service");
    assertThat(management.services().getState(GreeterDus.SERVICE_ID))
        .isEqualTo(ServiceState.ACTIVE);

    deployer.undeploy("service");
    assertThat(management.deployment().isInstalled(GreeterDus.SERVICE_ID)).isFalse();
    assertThat(management.resources().getResourceAdaptorEntity(GreeterDus.LINK))
        .isEqualTo("greeter");

    deployer.undeploy("ra");
    assertThat(management.deployment().getDeployableUnits())
        .containsExactlyInAnyOrderElementsOf(before);
    assertThat(management.resources().getResourceAdaptorEntities()).isEmpty();
    assertThat(management.resources().getLinkNames()).isEmpty();
  }

  @Test
  void aDeploymentWhoseEntityTheRaRefusesIsUndone() throws Exception {
    List<DeployableUnitID> before = List.of(management.deployment().getDeployableUnits());

    assertThatThrownBy(() -> deployer.deploy("refused"))
        .hasStackTraceContaining("create RA entity refused");

    assertThat(management.deployment().getDeployableUnits())
        .containsExactlyInAnyOrderElementsOf(before);
    assertThat(management.resources().getResourceAdaptorEntities()).isEmpty();
  }
}
