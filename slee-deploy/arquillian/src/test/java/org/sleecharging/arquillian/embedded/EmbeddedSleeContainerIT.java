package org.sleecharging.arquillian.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.function.Function;
import javax.slee.management.DeployableUnitID;
import javax.slee.management.ResourceAdaptorEntityState;
import javax.slee.management.ServiceState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sleecharging.arquillian.ActivateService;
import org.sleecharging.arquillian.ResourceAdaptorEntity;
import org.sleecharging.arquillian.SleeManagement;
import org.sleecharging.arquillian.testdu.GreeterDus;
import org.sleecharging.container.EmbeddedSlee;

/**
 * Two DUs into the embedded container, set up by annotations on the deployment methods: the RA
 * DU (read from a jar file, left testable so Arquillian adds this class to it) with its entity
 * and link (typed properties), then the service DU with its service active.
 */
@ExtendWith(ArquillianExtension.class)
class EmbeddedSleeContainerIT {

  @Deployment(name = "ra", order = 1)
  @ResourceAdaptorEntity(ra = GreeterDus.RA, entity = "greeter", link = GreeterDus.LINK,
      properties = {"greeting=bonjour", "Integer:repeat=2"})
  static JavaArchive raDu() throws IOException {
    // The way tests of the built DU jars take theirs: a jar file read back with ShrinkWrap.
    File jar = Files.createTempDirectory("built-du").resolve("greeter-ra-du.jar").toFile();
    GreeterDus.raDu().as(ZipExporter.class).exportTo(jar);
    jar.deleteOnExit();
    jar.getParentFile().deleteOnExit();
    return ShrinkWrap.createFromZipFile(JavaArchive.class, jar);
  }

  @Deployment(name = "service", order = 2, testable = false)
  @ActivateService(GreeterDus.SERVICE)
  static JavaArchive serviceDu() {
    return GreeterDus.serviceDu();
  }

  @ArquillianResource EmbeddedSlee slee;
  @ArquillianResource SleeManagement management;

  @Test
  void theDeclaredEntityLinkAndServiceAreUp() throws Exception {
    assertThat(management.deployment().getDeployableUnits()).extracting(DeployableUnitID::getURL)
        .anyMatch(url -> url.endsWith("/greeter-ra-du.jar"))
        .anyMatch(url -> url.endsWith("/greeter-service-du.jar"));
    assertThat(management.resources().getState("greeter"))
        .isEqualTo(ResourceAdaptorEntityState.ACTIVE);
    assertThat(management.resources().getResourceAdaptorEntity(GreeterDus.LINK))
        .isEqualTo("greeter");
    assertThat(management.resources().getConfigurationProperties("greeter")
        .getProperty("repeat").getValue()).isEqualTo(2);
    assertThat(management.services().getState(GreeterDus.SERVICE_ID))
        .isEqualTo(ServiceState.ACTIVE);
  }

  @Test
  void anEventFromTheRaReachesTheServiceWhichGreetsThroughTheLink() {
    @SuppressWarnings("unchecked")
    Function<String, String> ra = slee.resourceAdaptor("greeter", Function.class);
    assertThat(ra.apply("greeting")).isEqualTo("bonjour");

    ra.apply("greet A world");

    await().atMost(Duration.ofSeconds(10))
        .until(() -> ra.apply("lines"), lines -> lines.equals("bonjour world\nbonjour world"));

    // The root SBB entity lives as long as the activity; end it so the service can stop.
    ra.apply("end A");
    await().atMost(Duration.ofSeconds(10))
        .until(() -> slee.inspect().totalSbbEntities() == 0);
  }

  @Test
  void theInjectedManagementIsThatOfTheInjectedContainer() throws Exception {
    assertThat(management.deployment().getDeployableUnits())
        .containsExactlyInAnyOrder(slee.deployment().getDeployableUnits());
  }
}
