package org.sleecharging.container.internal.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sleecharging.container.internal.ra.Fixtures.FOREIGN;
import static org.sleecharging.container.internal.ra.Fixtures.OTHER_TYPE;
import static org.sleecharging.container.internal.ra.Fixtures.RA_TYPE;
import static org.sleecharging.container.internal.ra.Fixtures.REQUEST;
import static org.sleecharging.container.internal.ra.Fixtures.ROOT_SBB;
import static org.sleecharging.container.internal.ra.Fixtures.UNCHECKED_RA;

import javax.slee.InvalidArgumentException;
import javax.slee.management.LinkNameAlreadyBoundException;
import javax.slee.management.UnrecognizedLinkNameException;
import javax.slee.management.UnrecognizedResourceAdaptorEntityException;
import javax.slee.resource.ResourceAdaptorID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.container.internal.spi.RaEntityRef;

class LinkNamesAndDirectoryTest {

  private final RaTestKit kit = new RaTestKit();
  private final ResourceAdaptorEntities entities = kit.entities;

  @AfterEach
  void close() {
    kit.close();
  }

  @Test
  void bindFindAndUnbindLinkNames() throws Exception {
    kit.create("ra1");
    kit.create("ra2");
    entities.bindLinkName("ra1", "test-link");
    entities.bindLinkName("ra1", "b-link");

    assertThat(entities.getLinkNames()).containsExactly("b-link", "test-link");
    assertThat(entities.getLinkNames("ra1")).containsExactly("b-link", "test-link");
    assertThat(entities.getLinkNames("ra2")).isEmpty();
    assertThat(entities.getResourceAdaptorEntity("test-link")).isEqualTo("ra1");
    assertThat(entities.getResourceAdaptorEntities(new String[] {"b-link", "none"}))
        .containsExactly("ra1", null);
    assertThat(entities.byLinkName("test-link")).map(RaEntityRef::name).contains("ra1");
    assertThat(entities.getBoundSbbs("test-link")).containsExactly(ROOT_SBB);

    entities.unbindLinkName("test-link");
    assertThat(entities.byLinkName("test-link")).isEmpty();
    assertThat(entities.getLinkNames()).containsExactly("b-link");
  }

  @Test
  void linkNameErrors() throws Exception {
    kit.create("ra1");
    kit.create("ra2");
    entities.bindLinkName("ra1", "link");

    assertThatThrownBy(() -> entities.bindLinkName("ra2", "link"))
        .isInstanceOf(LinkNameAlreadyBoundException.class)
        .hasMessageContaining("ra1");
    assertThatThrownBy(() -> entities.bindLinkName("nobody", "other"))
        .isInstanceOf(UnrecognizedResourceAdaptorEntityException.class);
    assertThatThrownBy(() -> entities.bindLinkName("ra1", ""))
        .isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> entities.unbindLinkName("other"))
        .isInstanceOf(UnrecognizedLinkNameException.class);
    assertThatThrownBy(() -> entities.getResourceAdaptorEntity("other"))
        .isInstanceOf(UnrecognizedLinkNameException.class);
    assertThat(entities.getResourceAdaptorEntity("link")).isEqualTo("ra1");
  }

  @Test
  void entityRefFollowsItsState() throws Exception {
    kit.create("ra1");
    RaEntityRef ref = kit.entity("ra1");

    assertThat(ref.acceptsNewActivities()).isFalse();
    assertThat(ref.mayFireEvents()).isFalse();
    entities.activateResourceAdaptorEntity("ra1");
    assertThat(ref.acceptsNewActivities()).isTrue();
    assertThat(ref.mayFireEvents()).isTrue();
    assertThat(ref.classLoader()).isSameAs(kit.raLoader);
    assertThat(ref.resourceAdaptor()).isSameAs(kit.ra("ra1"));
  }

  @Test
  void entitiesOfTypeAndRaTypeFacts() throws Exception {
    kit.create("b");
    kit.create("a");

    assertThat(entities.entitiesOfType(RA_TYPE))
        .extracting(RaEntityRef::name)
        .containsExactly("a", "b");
    assertThat(entities.entitiesOfType(OTHER_TYPE)).isEmpty();
    RaEntityRef a = entities.entitiesOfType(RA_TYPE).get(0);
    assertThat(a.implementsRaType(RA_TYPE)).isTrue();
    assertThat(a.implementsRaType(OTHER_TYPE)).isFalse();
    assertThat(a.mayFire(REQUEST)).isTrue();
    assertThat(a.mayFire(FOREIGN)).isFalse();
    assertThat(((RecordingRa.Provider) a.sbbInterface(RA_TYPE)).name()).contains("provider of");
    assertThat(a.sbbInterface(OTHER_TYPE)).isNull();
  }

  @Test
  void ignoreEventTypeCheckAllowsAnyInstalledEventType() throws Exception {
    kit.create(UNCHECKED_RA, "any");
    RaEntityRef any = kit.entity("any");

    assertThat(any.mayFire(FOREIGN)).isTrue();
    assertThat(any.mayFire(new javax.slee.EventTypeID("Missing", "org.test", "1.0"))).isFalse();
    assertThatThrownBy(
            () ->
                entities.getResourceAdaptorEntities(
                    new ResourceAdaptorID("Nope", "org.test", "1.0")))
        .isInstanceOf(javax.slee.management.UnrecognizedResourceAdaptorException.class);
  }
}
