package org.sleecharging.arquillian.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.slee.ServiceID;
import javax.slee.resource.ResourceAdaptorID;
import org.junit.jupiter.api.Test;
import org.sleecharging.arquillian.ActivateService;
import org.sleecharging.arquillian.InvalidDeclarationException;
import org.sleecharging.arquillian.ResourceAdaptorEntity;

class AnnotationDeclarationsTest {

  @ResourceAdaptorEntity(ra = "A#v#1", entity = "a", link = "aLink",
      properties = {"x=1", "Boolean:on=true"})
  @ResourceAdaptorEntity(ra = "B#v#1", entity = "b", link = {"b1", "b2"})
  @ActivateService("S#v#1")
  @ActivateService("*")
  static void declared() {}

  static void plain() {}

  @ResourceAdaptorEntity(ra = "A#v", entity = "a")
  static void badId() {}

  @ResourceAdaptorEntity(ra = "A#v#1", entity = "a")
  @ResourceAdaptorEntity(ra = "B#v#1", entity = "a")
  static void twice() {}

  @Test
  void readsRepeatedEntitiesAndServicesInOrder() throws Exception {
    Declarations d = AnnotationDeclarations.of(getClass().getDeclaredMethod("declared"));

    assertThat(d.entities()).extracting(EntityDeclaration::entityName).containsExactly("a", "b");
    assertThat((Object) d.entities().get(0).ra()).isEqualTo(new ResourceAdaptorID("A", "v", "1"));
    assertThat(d.entities().get(0).links()).containsExactly("aLink");
    assertThat(d.entities().get(0).properties()).extracting(PropertySetting::name)
        .containsExactly("x", "on");
    assertThat(d.entities().get(1).links()).containsExactly("b1", "b2");
    assertThat(d.services()).containsExactly(new ServiceID("S", "v", "1"));
    assertThat(d.allServices()).isTrue();
  }

  @Test
  void aMethodWithoutAnnotationsDeclaresNothing() throws Exception {
    assertThat(AnnotationDeclarations.of(getClass().getDeclaredMethod("plain")).isEmpty())
        .isTrue();
  }

  @Test
  void aBadIdNamesTheMethodAndTheValue() throws Exception {
    assertThatThrownBy(() -> AnnotationDeclarations.of(getClass().getDeclaredMethod("badId")))
        .isInstanceOf(InvalidDeclarationException.class)
        .hasMessageContaining("AnnotationDeclarationsTest.badId()")
        .hasMessageContaining("'A#v'");
  }

  @Test
  void anEntityDeclaredTwiceIsRefused() throws Exception {
    assertThatThrownBy(() -> AnnotationDeclarations.of(getClass().getDeclaredMethod("twice")))
        .hasMessageContaining("'a' is declared twice");
  }
}
