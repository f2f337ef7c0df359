package org.sleecharging.arquillian.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.slee.ServiceID;
import javax.slee.resource.ResourceAdaptorID;
import org.junit.jupiter.api.Test;
import org.sleecharging.arquillian.InvalidDeclarationException;

class CompactSyntaxTest {

  @Test
  void parsesEntitiesOnePerLineWithTypedAndUntypedPropertiesAndTheirLinks() {
    Declarations d = CompactSyntax.parse("""
          charging: ChargingRA#org.sleecharging#1.0 ocsHost=127.0.0.1 Integer:ocsPort=3868
          ping : PingRa#org.test#2.1
        """, "chargingLink=charging, pingLink=ping;other=charging", "");

    assertThat(d.entities()).hasSize(2);
    EntityDeclaration charging = d.entities().get(0);
    assertThat(charging.entityName()).isEqualTo("charging");
    assertThat((Object) charging.ra()).isEqualTo(new ResourceAdaptorID("ChargingRA", "org.sleecharging",
        "1.0"));
    assertThat(charging.properties()).containsExactly(
        new PropertySetting("ocsHost", null, "127.0.0.1", charging.source()),
        new PropertySetting("ocsPort", PropertyType.INTEGER, "3868", charging.source()));
    assertThat(charging.links()).containsExactly("chargingLink", "other");
    assertThat((Object) d.entities().get(1).ra()).isEqualTo(new ResourceAdaptorID("PingRa", "org.test",
        "2.1"));
    assertThat(d.entities().get(1).links()).containsExactly("pingLink");
  }

  @Test
  void semicolonsSeparateEntitiesOnOneLine() {
    Declarations d = CompactSyntax.parse("a: A#v#1; b: B#v#1 x=1", "", "");

    assertThat(d.entities()).extracting(EntityDeclaration::entityName).containsExactly("a", "b");
  }

  @Test
  void parsesServicesAndTheStarForEveryServiceOfTheDu() {
    Declarations d = CompactSyntax.parse("", "", "S1#v#1.0, S2#v#1.0 *");

    assertThat(d.services()).containsExactly(new ServiceID("S1", "v", "1.0"),
        new ServiceID("S2", "v", "1.0"));
    assertThat(d.allServices()).isTrue();
  }

  @Test
  void emptyPropertiesDeclareNothing() {
    assertThat(CompactSyntax.parse("", " ", null).isEmpty()).isTrue();
  }

  @Test
  void refusesAnIdWithoutThreeParts() {
    assertThatThrownBy(() -> CompactSyntax.parse("charging: ChargingRA#1.0", "", ""))
        .isInstanceOf(InvalidDeclarationException.class)
        .hasMessageContaining("raEntities charging")
        .hasMessageContaining("'ChargingRA#1.0'")
        .hasMessageContaining("name#vendor#version");
  }

  @Test
  void refusesAnEntityLineWithoutColon() {
    assertThatThrownBy(() -> CompactSyntax.parse("charging ChargingRA#v#1", "", ""))
        .isInstanceOf(InvalidDeclarationException.class)
        .hasMessageContaining("'charging ChargingRA#v#1'");
  }

  @Test
  void refusesAnUnknownPropertyTypeAndABadValue() {
    assertThatThrownBy(() -> CompactSyntax.parse("a: A#v#1 Decimal:x=1", "", ""))
        .hasMessageContaining("'Decimal'").hasMessageContaining("config property type");
    assertThatThrownBy(() -> CompactSyntax.parse("a: A#v#1 Integer:port=38x68", "", ""))
        .hasMessageContaining("'38x68'").hasMessageContaining("Integer for property port");
    assertThatThrownBy(() -> CompactSyntax.parse("a: A#v#1 Boolean:on=yes", "", ""))
        .hasMessageContaining("'yes'").hasMessageContaining("Boolean");
    assertThatThrownBy(() -> CompactSyntax.parse("a: A#v#1 justaword", "", ""))
        .hasMessageContaining("'justaword'").hasMessageContaining("key=value");
  }

  @Test
  void refusesALinkToAnUndeclaredEntityAndDuplicates() {
    assertThatThrownBy(() -> CompactSyntax.parse("a: A#v#1", "l=b", ""))
        .isInstanceOf(InvalidDeclarationException.class)
        .hasMessageContaining("linkNames").hasMessageContaining("'l=b'");
    assertThatThrownBy(() -> CompactSyntax.parse("a: A#v#1", "l=a l=a", ""))
        .hasMessageContaining("binds link l a second time");
    assertThatThrownBy(() -> CompactSyntax.parse("a: A#v#1\na: B#v#1", "", ""))
        .hasMessageContaining("declares entity a a second time");
    assertThatThrownBy(() -> CompactSyntax.parse("a: A#v#1", "l=", ""))
        .hasMessageContaining("'l='");
  }

  @Test
  void refusesABadServiceId() {
    assertThatThrownBy(() -> CompactSyntax.parse("", "", "S1#v#1.0 S2##1.0"))
        .isInstanceOf(InvalidDeclarationException.class)
        .hasMessageContaining("activateServices").hasMessageContaining("'S2##1.0'");
  }

  @Test
  void linksKeepDeclarationOrder() {
    assertThat(CompactSyntax.links("x=a y=b z=a")).containsExactly(
        java.util.Map.entry("a", List.of("x", "z")), java.util.Map.entry("b", List.of("y")));
  }
}
