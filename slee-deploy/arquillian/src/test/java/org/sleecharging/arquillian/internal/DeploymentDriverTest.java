package org.sleecharging.arquillian.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.slee.ServiceID;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.ResourceAdaptorID;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentDriverTest {
  private static final ResourceAdaptorID RA = new ResourceAdaptorID("Ra", "v", "1");
  private static final ServiceID SERVICE = new ServiceID("S", "v", "1");
  private static final ServiceID OTHER_SERVICE = new ServiceID("T", "v", "1");

  @TempDir Path dir;
  private final RecordingSlee slee = new RecordingSlee();
  private DeploymentDriver driver;
  private Path file;

  @BeforeEach
  void setUp() throws Exception {
    ConfigProperties defaults = new ConfigProperties();
    defaults.addProperty(new ConfigProperties.Property("greeting", "java.lang.String", "hello"));
    defaults.addProperty(new ConfigProperties.Property("repeat", "java.lang.Integer", 1));
    defaults.addProperty(new ConfigProperties.Property("secret", "java.lang.String", null));
    slee.raDefaults.put(RA, defaults);
    slee.duComponents.addAll(List.of(RA, SERVICE, OTHER_SERVICE));
    driver = new DeploymentDriver(slee.management(), Duration.ofSeconds(5));
    file = Files.writeString(dir.resolve("du.jar"), "not really a jar");
  }

  private DeploymentDriver.Installer installer() {
    return f -> slee.management().deployment().install(f.toUri().toString());
  }

  private static Declarations entity(String name, List<String> links, String... properties) {
    List<PropertySetting> settings = java.util.Arrays.stream(properties)
        .map(p -> PropertySetting.parse(p, "test")).toList();
    return new Declarations(List.of(new EntityDeclaration(name, RA, settings, links, "test")),
        List.of(SERVICE), false);
  }

  @Test
  void setsUpInSpecOrderAndTakesDownInReverse() throws Exception {
    DeployedUnit unit = driver.deploy("du.jar", file, installer(),
        entity("e", List.of("l1", "l2")), Declarations.NONE);

    assertThat(slee.calls).containsExactly("install " + file.toUri(), "create entity e",
        "activate entity e", "bind l1 to e", "bind l2 to e", "activate service S");
    assertThat(unit.createdEntities()).containsExactly("e");

    slee.calls.clear();
    driver.undeploy(unit);

    assertThat(slee.calls).containsExactly("deactivate service S", "unbind l2", "unbind l1",
        "deactivate entity e", "remove entity e", "uninstall");
    assertThat(slee.services.get(SERVICE).isInactive()).isTrue();
    assertThat(slee.entities).isEmpty();
    assertThat(file).doesNotExist();
  }

  @Test
  void entityPropertiesAreTheRaDefaultsOverriddenByTypedSettings() throws Exception {
    driver.deploy("du.jar", file, installer(), entity("e", List.of(), "repeat=3",
        "Long:extra=7"), Declarations.NONE);

    ConfigProperties p = slee.entityProperties.get("e");
    assertThat(p.getProperty("greeting").getValue()).isEqualTo("hello");
    assertThat(p.getProperty("repeat").getValue()).isEqualTo(3);
    assertThat(p.getProperty("extra").getValue()).isEqualTo(7L);
    assertThat(p.getProperty("secret")).as("declared without default, not given").isNull();
  }

  @Test
  void containerWideDeclarationsApplyOnlyToTheDuHoldingTheirComponents() throws Exception {
    Declarations wide = CompactSyntax.parse("e: Ra#v#1\nz: Other#v#1", "link=e",
        "S#v#1 Gone#v#1");

    driver.deploy("du.jar", file, installer(), Declarations.NONE, wide);

    assertThat(slee.calls).containsExactly("install " + file.toUri(), "create entity e",
        "activate entity e", "bind link to e", "activate service S");
  }

  @Test
  void theStarActivatesEveryServiceOfTheDu() throws Exception {
    driver.deploy("du.jar", file, installer(), new Declarations(List.of(), List.of(), true),
        Declarations.NONE);

    assertThat(slee.calls).containsExactly("install " + file.toUri(), "activate service S",
        "activate service T");
  }

  @Test
  void undeployAlsoDeactivatesServicesOfTheDuThatTheTestActivated() throws Exception {
    DeployedUnit unit = driver.deploy("du.jar", file, installer(), Declarations.NONE,
        Declarations.NONE);
    slee.management().services().activate(OTHER_SERVICE);
    slee.calls.clear();

    driver.undeploy(unit);

    assertThat(slee.calls).containsExactly("deactivate service T", "uninstall");
  }

  @Test
  void aFailedStepUndoesWhatWasDoneAndNamesTheStep() {
    slee.failOn = "activate service";

    assertThatThrownBy(() -> driver.deploy("du.jar", file, installer(),
        entity("e", List.of("l")), Declarations.NONE))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("setting up du.jar failed")
        .hasMessageContaining("activate service S#v#1");
    assertThat(slee.calls).containsExactly("install " + file.toUri(), "create entity e",
        "activate entity e", "bind l to e", "unbind l", "deactivate entity e", "remove entity e",
        "uninstall");
    assertThat(file).doesNotExist();
  }

  @Test
  void aBadPropertyIsRefusedBeforeAnyEntityIsCreated() {
    assertThatThrownBy(() -> driver.deploy("du.jar", file, installer(),
        entity("e", List.of(), "repeat=lots"), Declarations.NONE))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("'lots'");
    assertThat(slee.calls).containsExactly("install " + file.toUri(), "uninstall");
  }

  @Test
  void aRefusedInstallIsADeploymentExceptionAndLeavesNoFile() {
    slee.failOn = "install";

    assertThatThrownBy(() -> driver.deploy("du.jar", file, installer(), Declarations.NONE,
        Declarations.NONE))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("install of du.jar failed");
    assertThat(file).doesNotExist();
  }

  @Test
  void undeployReportsEveryFailedStepButStillUninstalls() throws Exception {
    DeployedUnit unit = driver.deploy("du.jar", file, installer(),
        entity("e", List.of("l")), Declarations.NONE);
    slee.failOn = "unbind";
    slee.calls.clear();

    assertThatThrownBy(() -> driver.undeploy(unit))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("unbind link name l");
    assertThat(slee.calls).containsExactly("deactivate service S", "deactivate entity e",
        "remove entity e", "uninstall");
  }

  @Test
  void aServiceThatNeverStopsIsReportedAfterTheTimeoutAndTheRestIsStillTakenDown()
      throws Exception {
    DeployedUnit unit = driver.deploy("du.jar", file, installer(), entity("e", List.of()),
        Declarations.NONE);
    slee.stoppingQueries = Integer.MAX_VALUE;
    slee.calls.clear();
    DeploymentDriver impatient = new DeploymentDriver(slee.management(), Duration.ofMillis(100));

    assertThatThrownBy(() -> impatient.undeploy(unit))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("service S#v#1 becoming inactive")
        .hasMessageContaining("activities they are attached to end");
    assertThat(slee.calls).containsExactly("deactivate service S", "deactivate entity e",
        "remove entity e", "uninstall");
  }
}
