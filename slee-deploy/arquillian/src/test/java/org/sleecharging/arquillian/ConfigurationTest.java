package org.sleecharging.arquillian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jboss.arquillian.container.spi.ConfigurationException;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

  @Test
  void embeddedDefaultsAreValidAndDeclareNothing() {
    EmbeddedSleeConfiguration c = new EmbeddedSleeConfiguration();
    c.validate();

    assertThat(c.declarations().isEmpty()).isTrue();
    assertThat(c.isRegisterMBeans()).isFalse();
    assertThat(c.getJmxPort()).isEqualTo(-1);
  }

  @Test
  void declarationsAreParsedByValidate() {
    EmbeddedSleeConfiguration c = new EmbeddedSleeConfiguration();
    c.setRaEntities("greeter: GreeterRa#org.sleecharging.test#1.0 greeting=hi");
    c.setLinkNames("greeterLink=greeter");
    c.setActivateServices("*");
    c.validate();

    assertThat(c.declarations().entities()).singleElement()
        .satisfies(e -> assertThat(e.links()).containsExactly("greeterLink"));
    assertThat(c.declarations().allServices()).isTrue();
  }

  @Test
  void aBadDeclarationFailsValidationNamingIt() {
    RemoteSleeConfiguration c = new RemoteSleeConfiguration();
    c.setJmxServiceUrl("service:jmx:rmi:///jndi/rmi://127.0.0.1:1090/jmxrmi");
    c.setActivateServices("Greeter#1.0");

    assertThatThrownBy(c::validate).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("activateServices").hasMessageContaining("'Greeter#1.0'");
  }

  @Test
  void remoteNeedsAValidJmxUrlAndCompleteCredentials() {
    RemoteSleeConfiguration c = new RemoteSleeConfiguration();
    assertThatThrownBy(c::validate).hasMessageContaining("jmxServiceUrl is required");
    c.setJmxServiceUrl("rmi://nowhere");
    assertThatThrownBy(c::validate).hasMessageContaining("'rmi://nowhere'");
    c.setJmxServiceUrl("service:jmx:rmi:///jndi/rmi://127.0.0.1:1090/jmxrmi");
    c.setUsername("admin");
    assertThatThrownBy(c::validate).hasMessageContaining("both username and password");
    c.setPassword("secret");
    c.validate();
  }

  @Test
  void embeddedRefusesBadNumbers() {
    EmbeddedSleeConfiguration c = new EmbeddedSleeConfiguration();
    c.setJmxPort(70000);
    assertThatThrownBy(c::validate).hasMessageContaining("jmxPort").hasMessageContaining("70000");
    c.setJmxPort(0);
    c.setEventThreads(-1);
    assertThatThrownBy(c::validate).hasMessageContaining("eventThreads");
    c.setEventThreads(0);
    c.setStopTimeoutSeconds(0);
    assertThatThrownBy(c::validate).hasMessageContaining("stopTimeoutSeconds");
  }

  @Test
  void theAdapterIsChosenByName() {
    assertThat(SleeArquillianExtension.Adapter.named(null))
        .isEqualTo(SleeArquillianExtension.Adapter.EMBEDDED);
    assertThat(SleeArquillianExtension.Adapter.named("remote").containerClass())
        .isEqualTo(RemoteSleeContainer.class);
    assertThatThrownBy(() -> SleeArquillianExtension.Adapter.named("restcomm"))
        .hasMessageContaining("'restcomm'").hasMessageContaining("embedded or remote");
  }
}
