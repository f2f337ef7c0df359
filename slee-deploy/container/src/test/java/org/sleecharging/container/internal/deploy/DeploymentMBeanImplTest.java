package org.sleecharging.container.internal.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sleecharging.container.internal.deploy.DeployerTest.CHILD_SBB;
import static org.sleecharging.container.internal.deploy.DeployerTest.EVENT;
import static org.sleecharging.container.internal.deploy.DeployerTest.LIB;
import static org.sleecharging.container.internal.deploy.DeployerTest.PING_SBB;
import static org.sleecharging.container.internal.deploy.DeployerTest.RA;
import static org.sleecharging.container.internal.deploy.DeployerTest.RA_TYPE;
import static org.sleecharging.container.internal.deploy.DeployerTest.SERVICE;

import java.nio.file.Path;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import javax.slee.ComponentID;
import javax.slee.SbbID;
import javax.slee.management.ComponentDescriptor;
import javax.slee.management.DeployableUnitDescriptor;
import javax.slee.management.DeployableUnitID;
import javax.slee.management.DeploymentMBean;
import javax.slee.management.ManagementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentMBeanImplTest {

  @TempDir Path tmp;
  Deployer deployer;
  DeploymentMBean mbean;

  @BeforeEach
  void setUp() {
    deployer = new Deployer(tmp.resolve("work"));
    mbean = new DeploymentMBeanImpl(deployer);
  }

  @AfterEach
  void tearDown() {
    deployer.close();
  }

  @Test
  void answersTheStandardQueries() throws Exception {
    String url = TestUnit.full().writeTo(tmp, "ping-du.jar").toUri().toURL().toString();

    DeployableUnitID id = mbean.install(url);

    assertThat(mbean.getDeployableUnit(url)).isEqualTo(id);
    assertThat(mbean.getSbbs()).containsExactly(CHILD_SBB, PING_SBB);
    assertThat(mbean.getSbbs(SERVICE)).containsExactly(PING_SBB, CHILD_SBB);
    assertThat(mbean.getServices()).containsExactly(SERVICE);
    assertThat(mbean.getResourceAdaptorTypes()).containsExactly(RA_TYPE);
    assertThat(mbean.getResourceAdaptors()).containsExactly(RA);
    assertThat(mbean.getLibraries()).containsExactly(LIB);
    assertThat(mbean.getEventTypes()).contains(EVENT).hasSize(5);
    assertThat(mbean.getProfileSpecifications()).isEmpty();
    SbbID unknown = new SbbID("Nope", "org.test", "1.0");
    ComponentDescriptor[] components = mbean.getDescriptors(new ComponentID[] {PING_SBB, unknown});
    assertThat(components).hasSize(2);
    assertThat(components[0].getID()).isEqualTo(PING_SBB);
    assertThat(components[1]).isNull();
    DeployableUnitDescriptor[] units =
        mbean.getDescriptors(new DeployableUnitID[] {id, new DeployableUnitID("file:/x")});
    assertThat(units).hasSize(2);
    assertThat(units[0].getID()).isEqualTo(id);
    assertThat(units[1]).isNull();

    mbean.uninstall(id);
    assertThat(mbean.isInstalled(id)).isFalse();
    assertThat(mbean.isInstalled(PING_SBB)).isFalse();
  }

  @Test
  void worksAsARegisteredStandardMBean() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    ObjectName name = new ObjectName(DeploymentMBean.OBJECT_NAME);
    server.registerMBean(new StandardMBean(mbean, DeploymentMBean.class), name);
    String url = TestUnit.full().writeTo(tmp, "ping-du.jar").toUri().toURL().toString();

    Object id =
        server.invoke(name, "install", new Object[] {url}, new String[] {"java.lang.String"});

    assertThat((DeployableUnitID[]) server.getAttribute(name, "DeployableUnits"))
        .containsExactly((DeployableUnitID) id);
  }

  @Test
  void aClosedDeployerAnswersWithManagementExceptions() throws Exception {
    Path du = TestUnit.full().writeTo(tmp, "ping-du.jar");
    deployer.close();

    assertThatThrownBy(() -> mbean.install(du.toUri().toURL().toString()))
        .isInstanceOf(ManagementException.class)
        .hasMessageContaining("closed");
  }
}
