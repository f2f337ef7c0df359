package org.sleecharging.arquillian.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.slee.resource.ConfigProperties;
import org.junit.jupiter.api.Test;
import org.sleecharging.arquillian.InvalidDeclarationException;

class PropertySettingTest {
  private static final String SRC = "test";

  private static ConfigProperties declared() {
    ConfigProperties p = new ConfigProperties();
    p.addProperty(new ConfigProperties.Property("port", "java.lang.Integer", 1));
    p.addProperty(new ConfigProperties.Property("host", "java.lang.String", "localhost"));
    return p;
  }

  @Test
  void anUntypedSettingTakesTheDeclaredType() {
    ConfigProperties.Property p = PropertySetting.parse("port=3868", SRC).resolve(declared(), "RA");

    assertThat(p.getType()).isEqualTo("java.lang.Integer");
    assertThat(p.getValue()).isEqualTo(3868);
  }

  @Test
  void aTypedSettingMayNameAPropertyTheRaDoesNotDeclare() {
    ConfigProperties.Property p = PropertySetting.parse("java.lang.Long:limit=12", SRC)
        .resolve(declared(), "RA");

    assertThat(p.getType()).isEqualTo("java.lang.Long");
    assertThat(p.getValue()).isEqualTo(12L);
  }

  @Test
  void valuesMayContainColonsAndEqualSigns() {
    PropertySetting s = PropertySetting.parse("String:uri=aaa://h:3868;x=y", SRC);

    assertThat(s.name()).isEqualTo("uri");
    assertThat(s.value()).isEqualTo("aaa://h:3868;x=y");
  }

  @Test
  void anUntypedSettingOfAnUndeclaredPropertyIsRefused() {
    assertThatThrownBy(() -> PropertySetting.parse("limit=12", SRC).resolve(declared(), "RA#v#1"))
        .isInstanceOf(InvalidDeclarationException.class)
        .hasMessageContaining("'limit=12'")
        .hasMessageContaining("RA#v#1 does not declare");
  }

  @Test
  void aTypeThatContradictsTheDeclarationIsRefused() {
    assertThatThrownBy(() -> PropertySetting.parse("Long:port=1", SRC).resolve(declared(), "RA"))
        .hasMessageContaining("typed java.lang.Long but RA declares port as java.lang.Integer");
  }

  @Test
  void anUntypedValueIsCheckedAgainstTheDeclaredType() {
    assertThatThrownBy(() -> PropertySetting.parse("port=many", SRC).resolve(declared(), "RA"))
        .hasMessageContaining("'many'").hasMessageContaining("Integer for property port");
  }

  @Test
  void parsesEveryTypeStrictly() {
    assertThat(PropertyType.CHARACTER.parse("c", "x", SRC)).isEqualTo('x');
    assertThat(PropertyType.BOOLEAN.parse("b", "false", SRC)).isEqualTo(false);
    assertThat(PropertyType.DOUBLE.parse("d", "1.5", SRC)).isEqualTo(1.5);
    assertThat(PropertyType.BYTE.parse("b", "-3", SRC)).isEqualTo((byte) -3);
    assertThat(PropertyType.named("Short", SRC)).isEqualTo(PropertyType.SHORT);
    assertThat(PropertyType.named("java.lang.Float", SRC)).isEqualTo(PropertyType.FLOAT);
    assertThatThrownBy(() -> PropertyType.CHARACTER.parse("c", "xy", SRC))
        .hasMessageContaining("'xy'");
    assertThatThrownBy(() -> PropertyType.BOOLEAN.parse("b", "TRUE", SRC))
        .hasMessageContaining("'TRUE'");
    assertThatThrownBy(() -> PropertyType.BYTE.parse("b", "300", SRC))
        .hasMessageContaining("'300'");
    assertThatThrownBy(() -> PropertyType.named("int", SRC)).hasMessageContaining("'int'");
  }

  @Test
  void aSettingWithoutNameIsRefused() {
    assertThatThrownBy(() -> PropertySetting.parse("=1", SRC)).hasMessageContaining("'=1'");
    assertThatThrownBy(() -> PropertySetting.parse("Integer:=1", SRC))
        .hasMessageContaining("'Integer:=1'");
  }
}
