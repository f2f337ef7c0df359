package org.sleecharging.container.internal.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sleecharging.container.internal.ra.Fixtures.RA;
import static org.sleecharging.container.internal.ra.Fixtures.RECONFIGURABLE_RA;
import static org.sleecharging.container.internal.ra.Fixtures.prop;
import static org.sleecharging.container.internal.ra.Fixtures.raDescriptor;
import static org.sleecharging.container.internal.ra.Fixtures.withSecret;

import java.util.List;
import javax.slee.InvalidStateException;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.InvalidConfigurationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.container.internal.model.ConfigPropertyDescriptor;

class RaConfigurationTest {

  private final RaTestKit kit = new RaTestKit();
  private final ResourceAdaptorEntities entities = kit.entities;

  @AfterEach
  void close() {
    kit.close();
  }

  private static Object value(ConfigProperties props, String name) {
    return props.getProperty(name).getValue();
  }

  @Test
  void defaultsAreTypedAndOverridesWin() throws Exception {
    entities.createResourceAdaptorEntity(
        RA, "ra1", withSecret(prop("host", "java.lang.String", "ocs.example")));

    ConfigProperties seen = kit.ra("ra1").config();
    assertThat(value(seen, "host")).isEqualTo("ocs.example");
    assertThat(value(seen, "port")).isEqualTo(3868);
    assertThat(value(seen, "failActive")).isEqualTo(false);
    assertThat(value(seen, "secret")).isEqualTo("s3cret");
    assertThat(entities.getConfigurationProperties("ra1").getProperties())
        .containsExactlyInAnyOrder(seen.getProperties());
  }

  @Test
  void raPropertiesShowDeclaredDefaults() throws Exception {
    ConfigProperties declared = entities.getConfigurationProperties(RA);

    assertThat(value(declared, "port")).isEqualTo(3868);
    assertThat(declared.getProperty("secret").getType()).isEqualTo("java.lang.String");
    assertThat(value(declared, "secret")).isNull();
  }

  @Test
  void unknownPropertyIsRefusedByName() {
    assertThatThrownBy(
            () ->
                entities.createResourceAdaptorEntity(
                    RA, "ra1", withSecret(prop("colour", "java.lang.String", "red"))))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("colour");
    assertThat(entities.getResourceAdaptorEntities()).isEmpty();
  }

  @Test
  void wrongTypeIsRefusedByName() {
    assertThatThrownBy(
            () ->
                entities.createResourceAdaptorEntity(
                    RA, "ra1", withSecret(prop("port", "java.lang.Long", 3868L))))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("port")
        .hasMessageContaining("java.lang.Integer");
  }

  @Test
  void propertyWithoutDefaultNeedsAValue() {
    assertThatThrownBy(
            () -> entities.createResourceAdaptorEntity(RA, "ra1", new ConfigProperties()))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("secret");
    assertThatThrownBy(
            () ->
                entities.createResourceAdaptorEntity(
                    RA, "ra1", withSecret(prop("host", "java.lang.String", null))))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("host");
  }

  @Test
  void badDefaultsAndDisallowedTypesInTheDescriptorAreRefused() {
    var badDefault =
        raDescriptor(
            RA,
            RecordingRa.class,
            false,
            false,
            List.of(new ConfigPropertyDescriptor("port", "java.lang.Integer", "many")));
    var badType =
        raDescriptor(
            RA,
            RecordingRa.class,
            false,
            false,
            List.of(new ConfigPropertyDescriptor("when", "java.util.Date", null)));

    assertThatThrownBy(() -> RaConfiguration.defaults(badDefault))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("port");
    assertThatThrownBy(() -> RaConfiguration.defaults(badType))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("java.util.Date");
  }

  @Test
  void inactiveEntityIsReconfiguredAfterVerification() throws Exception {
    kit.create("ra1");

    entities.updateConfigurationProperties(
        "ra1",
        new ConfigProperties(
            new ConfigProperties.Property[] {prop("port", "java.lang.Integer", 9)}));

    RecordingRa ra = kit.ra("ra1");
    assertThat(ra.calls()).endsWith("raVerifyConfiguration", "raConfigurationUpdate");
    assertThat(value(ra.config(), "port")).isEqualTo(9);
    assertThat(value(ra.config(), "secret")).isEqualTo("s3cret");
    assertThat(value(entities.getConfigurationProperties("ra1"), "port")).isEqualTo(9);
  }

  @Test
  void refusedUpdateChangesNothing() throws Exception {
    kit.create("ra1");

    assertThatThrownBy(
            () ->
                entities.updateConfigurationProperties(
                    "ra1", withSecret(prop("port", "java.lang.Integer", 0))))
        .isInstanceOf(InvalidConfigurationException.class);
    assertThat(kit.ra("ra1").calls()).doesNotContain("raConfigurationUpdate");
    assertThat(value(entities.getConfigurationProperties("ra1"), "port")).isEqualTo(3868);
  }

  @Test
  void activeReconfigurationOnlyWhenSupported() throws Exception {
    kit.create("plain");
    kit.create(RECONFIGURABLE_RA, "hot");
    entities.activateResourceAdaptorEntity("plain");
    entities.activateResourceAdaptorEntity("hot");
    ConfigProperties update = withSecret(prop("host", "java.lang.String", "other"));

    assertThatThrownBy(() -> entities.updateConfigurationProperties("plain", update))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("does not support active reconfiguration");
    entities.updateConfigurationProperties("hot", update);

    assertThat(kit.ra("plain").calls()).doesNotContain("raConfigurationUpdate");
    assertThat(value(kit.ra("hot").config(), "host")).isEqualTo("other");
  }

  @Test
  void raGetsItsOwnCopyOfTheProperties() throws Exception {
    kit.create("ra1");
    kit.ra("ra1").config().getProperty("host").setValue("changed-by-ra");

    assertThat(value(entities.getConfigurationProperties("ra1"), "host")).isEqualTo("localhost");
  }
}
