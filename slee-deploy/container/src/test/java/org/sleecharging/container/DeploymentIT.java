package org.sleecharging.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import javax.slee.management.DeployableUnitID;
import javax.slee.management.DeploymentException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleecharging.container.testdu.TestDus;

/** Refused deployable units name the file, element and problem, and leave nothing installed. */
class DeploymentIT {
  @TempDir Path dir;
  private EmbeddedSlee slee;
  private DeployableUnitID raDu;

  @BeforeEach
  void start() throws Exception {
    slee = EmbeddedSlee.builder().registerMBeans(false).start();
    raDu = slee.deploy(TestDus.raDu(dir));
  }

  @AfterEach
  void close() {
    slee.close();
  }

  private void assertOnlyTheRaDuIsInstalled() throws Exception {
    assertThat(slee.deployment().getDeployableUnits()).containsExactly(raDu);
    assertThat(slee.deployment().getSbbs()).isEmpty();
    assertThat(slee.deployment().getServices()).isEmpty();
  }

  @Test
  void missingSbbClassIsRefusedNamingFileAndElement() throws Exception {
    String broken = TestDus.resource("sbb-jar.xml")
        .replace("testdu.sbb.PingRootSbb<", "testdu.sbb.NoSuchSbb<");
    assertThatThrownBy(() -> slee.deploy(TestDus.serviceDu(dir, broken)))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("sbb-jar.xml")
        .hasMessageContaining("NoSuchSbb");
    assertOnlyTheRaDuIsInstalled();
  }

  @Test
  void descriptorViolatingTheDtdIsRefused() throws Exception {
    String broken = TestDus.resource("sbb-jar.xml")
        .replaceFirst("<sbb-vendor>org.sleecharging.test</sbb-vendor>", "");
    assertThatThrownBy(() -> slee.deploy(TestDus.serviceDu(dir, broken)))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("sbb-jar.xml")
        .hasMessageContaining("sbb");
    assertOnlyTheRaDuIsInstalled();
  }

  @Test
  void unresolvedReferenceIsRefused() throws Exception {
    String broken = TestDus.resource("sbb-jar.xml")
        .replaceFirst("<resource-adaptor-type-name>PingRaType<",
            "<resource-adaptor-type-name>NoSuchRaType<");
    assertThatThrownBy(() -> slee.deploy(TestDus.serviceDu(dir, broken)))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("NoSuchRaType");
    assertOnlyTheRaDuIsInstalled();
  }

  @Test
  void cmpFieldWithoutAccessorsIsRefusedByTheSbbChecks() throws Exception {
    String broken = TestDus.resource("sbb-jar.xml")
        .replace("<cmp-field><cmp-field-name>count</cmp-field-name></cmp-field>",
            "<cmp-field><cmp-field-name>count</cmp-field-name></cmp-field>"
                + "<cmp-field><cmp-field-name>noAccessors</cmp-field-name></cmp-field>");
    assertThatThrownBy(() -> slee.deploy(TestDus.serviceDu(dir, broken)))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("noAccessors");
    assertOnlyTheRaDuIsInstalled();
  }

  @Test
  void undeployInReverseAndRedeployWorks() throws Exception {
    DeployableUnitID service = slee.deploy(TestDus.serviceDu(dir));
    slee.undeploy(service);
    slee.undeploy(raDu);
    assertThat(slee.deployment().getDeployableUnits()).isEmpty();
    raDu = slee.deploy(TestDus.raDu(dir));
    assertThat(slee.deployment().isInstalled(TestDus.PING_RA)).isTrue();
  }
}
