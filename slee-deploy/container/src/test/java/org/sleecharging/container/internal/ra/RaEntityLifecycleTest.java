package org.sleecharging.container.internal.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sleecharging.container.internal.ra.Fixtures.RA;
import static org.sleecharging.container.internal.ra.Fixtures.prop;
import static org.sleecharging.container.internal.ra.Fixtures.withSecret;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.slee.InvalidStateException;
import javax.slee.facilities.AlarmLevel;
import javax.slee.management.DependencyException;
import javax.slee.management.ManagementException;
import javax.slee.management.ResourceAdaptorEntityAlreadyExistsException;
import javax.slee.management.ResourceAdaptorEntityState;
import javax.slee.management.UnrecognizedResourceAdaptorEntityException;
import javax.slee.management.UnrecognizedResourceAdaptorException;
import javax.slee.resource.InvalidConfigurationException;
import javax.slee.resource.ResourceAdaptorID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RaEntityLifecycleTest {

  private final RaTestKit kit = new RaTestKit();
  private final ResourceAdaptorEntities entities = kit.entities;

  @AfterEach
  void close() {
    kit.close();
  }

  @Test
  void creationSetsContextVerifiesAndConfiguresInSpecOrder() throws Exception {
    kit.create("ra1");

    assertThat(kit.ra("ra1").calls())
        .containsExactly("setResourceAdaptorContext", "raVerifyConfiguration", "raConfigure");
    assertThat(entities.getState("ra1")).isEqualTo(ResourceAdaptorEntityState.INACTIVE);
    assertThat(entities.getResourceAdaptor("ra1")).isEqualTo(RA);
  }

  @Test
  void callbacksRunWithTheRaClassLoaderAsContextLoader() throws Exception {
    kit.create("ra1");
    entities.activateResourceAdaptorEntity("ra1");

    RecordingRa ra = kit.ra("ra1");
    assertThat(ra.loaderOf("raConfigure")).isSameAs(kit.raLoader);
    assertThat(ra.loaderOf("raActive")).isSameAs(kit.raLoader);
    assertThat(Thread.currentThread().getContextClassLoader()).isNotSameAs(kit.raLoader);
  }

  @Test
  void fullLifecycleWithoutActivitiesCallsBackInSpecOrder() throws Exception {
    kit.create("ra1");
    RecordingRa ra = kit.ra("ra1");

    entities.activateResourceAdaptorEntity("ra1");
    assertThat(entities.getState("ra1")).isEqualTo(ResourceAdaptorEntityState.ACTIVE);
    entities.deactivateResourceAdaptorEntity("ra1");
    assertThat(entities.getState("ra1")).isEqualTo(ResourceAdaptorEntityState.INACTIVE);
    entities.removeResourceAdaptorEntity("ra1");

    assertThat(ra.calls())
        .containsExactly(
            "setResourceAdaptorContext",
            "raVerifyConfiguration",
            "raConfigure",
            "raActive",
            "raStopping",
            "raInactive",
            "raUnconfigure",
            "unsetResourceAdaptorContext");
    assertThat(entities.getResourceAdaptorEntities()).isEmpty();
  }

  @Test
  void refusedVerificationKeepsNothing() throws Exception {
    assertThatThrownBy(
            () ->
                entities.createResourceAdaptorEntity(
                    RA, "bad", withSecret(prop("port", "java.lang.Integer", -1))))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("port must be positive");

    assertThat(entities.getResourceAdaptorEntities()).isEmpty();
    assertThatThrownBy(() -> entities.getState("bad"))
        .isInstanceOf(UnrecognizedResourceAdaptorEntityException.class);
    kit.create("bad");
    assertThat(entities.getState("bad")).isEqualTo(ResourceAdaptorEntityState.INACTIVE);
  }

  @Test
  void duplicateNameAndUnknownRaAreRefused() throws Exception {
    kit.create("ra1");

    assertThatThrownBy(() -> kit.create("ra1"))
        .isInstanceOf(ResourceAdaptorEntityAlreadyExistsException.class);
    assertThatThrownBy(() -> kit.create(new ResourceAdaptorID("Nope", "org.test", "1.0"), "ra2"))
        .isInstanceOf(UnrecognizedResourceAdaptorException.class);
    assertThat(entities.getResourceAdaptorEntities()).containsExactly("ra1");
  }

  @Test
  void failingRaActiveLeavesTheEntityInactiveAndIsReported() throws Exception {
    entities.createResourceAdaptorEntity(
        RA, "ra1", withSecret(prop("failActive", "java.lang.Boolean", true)));

    assertThatThrownBy(() -> entities.activateResourceAdaptorEntity("ra1"))
        .isInstanceOf(ManagementException.class)
        .hasMessageContaining("raActive of RA entity ra1")
        .hasRootCauseMessage("configured to fail raActive");
    assertThat(entities.getState("ra1")).isEqualTo(ResourceAdaptorEntityState.INACTIVE);
  }

  @Test
  void deactivationWaitsForTheLastActivity() throws Exception {
    kit.create("ra1");
    entities.activateResourceAdaptorEntity("ra1");
    kit.activities.setActivities("ra1", 2);
    RaEntity entity = kit.entity("ra1");

    entities.deactivateResourceAdaptorEntity("ra1");
    assertThat(entities.getState("ra1")).isEqualTo(ResourceAdaptorEntityState.STOPPING);
    assertThat(entity.acceptsNewActivities()).isFalse();
    assertThat(entity.mayFireEvents()).isTrue();

    kit.activities.endOne(entity);
    assertThat(entities.getState("ra1")).isEqualTo(ResourceAdaptorEntityState.STOPPING);
    assertThat(kit.ra("ra1").calls()).doesNotContain("raInactive");

    kit.activities.endOne(entity);
    assertThat(entities.getState("ra1")).isEqualTo(ResourceAdaptorEntityState.INACTIVE);
    assertThat(kit.ra("ra1").calls()).endsWith("raStopping", "raInactive");
    assertThat(entity.mayFireEvents()).isFalse();
  }

  @Test
  void stateTransitionsAreCheckedAndEntityStatesListed() throws Exception {
    kit.create("ra1");
    kit.create("ra2");
    entities.activateResourceAdaptorEntity("ra2");

    assertThatThrownBy(() -> entities.deactivateResourceAdaptorEntity("ra1"))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("ra1 is INACTIVE");
    assertThatThrownBy(() -> entities.activateResourceAdaptorEntity("ra2"))
        .isInstanceOf(InvalidStateException.class);
    assertThat(entities.getResourceAdaptorEntities(ResourceAdaptorEntityState.ACTIVE))
        .containsExactly("ra2");
    assertThat(entities.getResourceAdaptorEntities(RA)).containsExactly("ra1", "ra2");
    assertThat(entities.getResourceAdaptorEntities(Fixtures.FT_RA)).isEmpty();
  }

  @Test
  void removalRefusedUnlessInactiveAndUnbound() throws Exception {
    kit.create("ra1");
    entities.activateResourceAdaptorEntity("ra1");
    kit.activities.setActivities("ra1", 1);

    assertThatThrownBy(() -> entities.removeResourceAdaptorEntity("ra1"))
        .isInstanceOf(InvalidStateException.class);
    entities.deactivateResourceAdaptorEntity("ra1");
    assertThatThrownBy(() -> entities.removeResourceAdaptorEntity("ra1"))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("STOPPING");
    kit.activities.endOne(kit.entity("ra1"));

    entities.bindLinkName("ra1", "link");
    assertThatThrownBy(() -> entities.removeResourceAdaptorEntity("ra1"))
        .isInstanceOf(DependencyException.class)
        .hasMessageContaining("link");
    entities.unbindLinkName("link");
    entities.removeResourceAdaptorEntity("ra1");
    assertThat(entities.getResourceAdaptorEntities()).isEmpty();
  }

  @Test
  void raWithEntitiesCannotBeUninstalled() throws Exception {
    kit.create("ra1");
    var component = kit.repository.find(RA).orElseThrow();

    assertThatThrownBy(() -> entities.checkUninstall(List.of(component)))
        .isInstanceOf(DependencyException.class)
        .hasMessageContaining("ra1");
    entities.removeResourceAdaptorEntity("ra1");
    entities.checkUninstall(List.of(component));
  }

  @Test
  void stateChangesAreToldToListeners() throws Exception {
    List<String> changes = new CopyOnWriteArrayList<>();
    entities.addStateListener((name, now, before) -> changes.add(name + ":" + before + ">" + now));
    kit.create("ra1");
    entities.activateResourceAdaptorEntity("ra1");
    kit.activities.setActivities("ra1", 1);
    entities.deactivateResourceAdaptorEntity("ra1");
    kit.activities.endOne(kit.entity("ra1"));

    assertThat(changes)
        .containsExactly("ra1:Inactive>Active", "ra1:Active>Stopping", "ra1:Stopping>Inactive");
  }

  @Test
  void removalDropsTheAlarmsAndUsageSetsOfTheEntity() throws Exception {
    kit.create("ra1");
    var ctx = kit.ra("ra1").context();
    ctx.getAlarmFacility().raiseAlarm("ocs", "peer1", AlarmLevel.MAJOR, "down");
    ((TestRaUsage) ctx.getDefaultUsageParameterSet()).incrementRequests(3);
    entities.createUsageParameterSet("ra1", "peer1");

    entities.removeResourceAdaptorEntity("ra1");

    assertThat(kit.facilities.raisedAlarms()).isEmpty();
    assertThat(kit.usage.names(RaTestKit.notificationSource("ra1"))).isEmpty();
    assertThat(kit.usage.values(RaTestKit.notificationSource("ra1"), null)).isEmpty();
  }

  @Test
  void raClassThatCannotBeAnRaIsRefused() throws Exception {
    ResourceAdaptorID notRa = new ResourceAdaptorID("NotRa", "org.test", "1.0");
    ResourceAdaptorID missing = new ResourceAdaptorID("Missing", "org.test", "1.0");
    kit.repository
        .install(Fixtures.raDescriptor(notRa, Object.class))
        .install(
            new org.sleecharging.container.internal.model.RaDescriptor(
                missing,
                Fixtures.source("resource-adaptor"),
                null,
                List.of(Fixtures.RA_TYPE),
                List.of(),
                "org.test.NoSuchRa",
                false,
                false,
                null,
                List.of(),
                Fixtures.configProperties()));

    assertThatThrownBy(() -> kit.create(notRa, "x"))
        .isInstanceOf(ManagementException.class)
        .hasMessageContaining("does not implement javax.slee.resource.ResourceAdaptor");
    assertThatThrownBy(() -> kit.create(missing, "y"))
        .isInstanceOf(ManagementException.class)
        .hasMessageContaining("org.test.NoSuchRa");
    assertThat(entities.getResourceAdaptorEntities()).isEmpty();
  }

  @Test
  void activitiesEndedInsideRaStoppingLeadToOneRaInactiveAfterIt() throws Exception {
    kit.create("ra1");
    entities.activateResourceAdaptorEntity("ra1");
    RaEntity entity = kit.entity("ra1");
    kit.activities.setActivities("ra1", 1);
    RecordingRa ra = kit.ra("ra1");
    ra.onStopping(
        () -> {
          kit.activities.endOne(entity);
          assertThat(ra.calls()).as("no raInactive inside raStopping").doesNotContain("raInactive");
        });

    entities.deactivateResourceAdaptorEntity("ra1");

    assertThat(entities.getState("ra1")).isEqualTo(ResourceAdaptorEntityState.INACTIVE);
    assertThat(ra.calls()).endsWith("raActive", "raStopping", "raInactive");
  }
}
