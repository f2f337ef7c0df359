package org.sleecharging.container.internal.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sleecharging.container.internal.ra.Fixtures.ANSWER;
import static org.sleecharging.container.internal.ra.Fixtures.FOREIGN;
import static org.sleecharging.container.internal.ra.Fixtures.RA;
import static org.sleecharging.container.internal.ra.Fixtures.RA_TYPE;
import static org.sleecharging.container.internal.ra.Fixtures.REQUEST;
import static org.sleecharging.container.internal.ra.Fixtures.SERVICE;
import static org.sleecharging.container.internal.ra.Fixtures.raDescriptor;

import java.util.List;
import java.util.TimerTask;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.slee.EventTypeID;
import javax.slee.ServiceID;
import javax.slee.UnrecognizedEventException;
import javax.slee.UnrecognizedServiceException;
import javax.slee.facilities.AlarmLevel;
import javax.slee.management.ResourceAdaptorEntityNotification;
import javax.slee.profile.UnrecognizedProfileTableNameException;
import javax.slee.resource.FireableEventType;
import javax.slee.resource.ReceivableService;
import javax.slee.resource.ResourceAdaptorContext;
import javax.slee.resource.ResourceAdaptorID;
import javax.slee.usage.NoUsageParametersInterfaceDefinedException;
import javax.slee.usage.SampleStatistics;
import javax.slee.usage.UnrecognizedUsageParameterSetNameException;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RaEntityContextTest {

  private final RaTestKit kit = new RaTestKit();
  private final ResourceAdaptorEntities entities = kit.entities;

  @AfterEach
  void close() {
    kit.close();
  }

  private ResourceAdaptorContext context(String entityName) throws Exception {
    kit.create(entityName);
    return kit.ra(entityName).context();
  }

  @Test
  void identityAndSharedServices() throws Exception {
    ResourceAdaptorContext ctx = context("ra1");

    assertThat(ctx.getEntityName()).isEqualTo("ra1");
    assertThat(ctx.getResourceAdaptor()).isEqualTo(RA);
    assertThat(ctx.getResourceAdaptorTypes()).containsExactly(RA_TYPE);
    assertThat(ctx.getSleeTransactionManager()).isSameAs(kit.transactions);
    assertThat(ctx.getSleeEndpoint()).isSameAs(kit.activities.endpoint(kit.entity("ra1")));
    assertThat(ctx.getInvokingService()).isNull();
  }

  @Test
  void eventLookupGivesOnlyEventTypesOfTheRaTypes() throws Exception {
    ResourceAdaptorContext ctx = context("ra1");

    FireableEventType request = ctx.getEventLookupFacility().getFireableEventType(REQUEST);
    assertThat(request.getEventType()).isEqualTo(REQUEST);
    assertThat(request.getEventClassName()).isEqualTo("org.test.events.Request");
    assertThat(request.getEventClassLoader()).isSameAs(getClass().getClassLoader());
    assertThatThrownBy(() -> ctx.getEventLookupFacility().getFireableEventType(FOREIGN))
        .isInstanceOf(UnrecognizedEventException.class)
        .hasMessageContaining("Foreign");
    assertThatThrownBy(
            () ->
                ctx.getEventLookupFacility()
                    .getFireableEventType(new EventTypeID("Missing", "org.test", "1.0")))
        .isInstanceOf(UnrecognizedEventException.class);
  }

  @Test
  void serviceLookupCoversRootAndChildSbbsForEventsTheEntityFires() throws Exception {
    ResourceAdaptorContext ctx = context("ra1");

    ReceivableService service = ctx.getServiceLookupFacility().getReceivableService(SERVICE);

    assertThat(service.getService()).isEqualTo(SERVICE);
    assertThat(service.getReceivableEvents())
        .extracting(e -> e.getEventType(), e -> e.getResourceOption(), e -> e.isInitialEvent())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(REQUEST, "root-option", true),
            org.assertj.core.groups.Tuple.tuple(ANSWER, "child-option", false));
    assertThatThrownBy(
            () ->
                ctx.getServiceLookupFacility()
                    .getReceivableService(new ServiceID("Nope", "org.test", "1.0")))
        .isInstanceOf(UnrecognizedServiceException.class);
  }

  @Test
  void serviceStateChangesReachActiveEntities() throws Exception {
    kit.create("active");
    kit.create("idle");
    entities.activateResourceAdaptorEntity("active");

    entities.serviceActive(SERVICE);
    entities.serviceStopping(SERVICE);
    entities.serviceInactive(SERVICE);

    assertThat(kit.ra("active").calls())
        .endsWith("raActive", "serviceActive", "serviceStopping", "serviceInactive");
    assertThat(kit.ra("active").services())
        .extracting(ReceivableService::getService)
        .containsExactly(SERVICE);
    assertThat(kit.ra("idle").calls()).doesNotContain("serviceActive");
  }

  @Test
  void activationTellsTheServicesAlreadyActive() throws Exception {
    kit.create("late");
    entities.serviceActive(SERVICE);

    entities.activateResourceAdaptorEntity("late");

    assertThat(kit.ra("late").calls()).endsWith("raActive", "serviceActive");
  }

  @Test
  void tracersAndAlarmsAreThoseOfTheEntity() throws Exception {
    ResourceAdaptorContext ctx = context("ra1");
    var source = new ResourceAdaptorEntityNotification("ra1");

    assertThat(ctx.getTracer("charging.session").getParentTracerName()).isEqualTo("charging");
    String id = ctx.getAlarmFacility().raiseAlarm("ocs", "peer1", AlarmLevel.MAJOR, "OCS down");

    assertThat(kit.facilities.raisedAlarms(source))
        .singleElement()
        .satisfies(a -> assertThat(a.getAlarmID()).isEqualTo(id));
  }

  @Test
  void usageParameterSetsOfTheEntity() throws Exception {
    ResourceAdaptorContext ctx = context("ra1");
    TestRaUsage usage = (TestRaUsage) ctx.getDefaultUsageParameterSet();
    usage.incrementRequests(2);
    usage.sampleLatency(10);
    entities.createUsageParameterSet("ra1", "peer1");
    ((TestRaUsage) ctx.getUsageParameterSet("peer1")).incrementRequests(5);

    var source = RaTestKit.notificationSource("ra1");
    assertThat(kit.usage.values(source, null)).containsEntry("requests", 2L);
    assertThat(((SampleStatistics) kit.usage.values(source, null).get("latency")).getMaximum())
        .isEqualTo(10);
    assertThat(usage.getRequests()).isEqualTo(2);
    assertThat(kit.usage.values(source, "peer1")).containsEntry("requests", 5L);
    assertThatThrownBy(() -> ctx.getUsageParameterSet("peer2"))
        .isInstanceOf(UnrecognizedUsageParameterSetNameException.class);
  }

  @Test
  void raWithoutUsageInterfaceHasNoUsageSets() throws Exception {
    ResourceAdaptorID bare = new ResourceAdaptorID("Bare", "org.test", "1.0");
    var d = raDescriptor(bare, RecordingRa.class, false, false, Fixtures.configProperties());
    kit.repository.install(
        new org.sleecharging.container.internal.model.RaDescriptor(
            d.id(),
            d.source(),
            null,
            d.raTypeRefs(),
            List.of(),
            d.raClassName(),
            false,
            false,
            null,
            List.of(),
            d.configProperties()));
    kit.create(bare, "bare");
    ResourceAdaptorContext ctx = kit.ra("bare").context();

    assertThatThrownBy(ctx::getDefaultUsageParameterSet)
        .isInstanceOf(NoUsageParametersInterfaceDefinedException.class)
        .hasMessageContaining("Bare");
  }

  @Test
  void profileTablesAreNotSupported() throws Exception {
    ResourceAdaptorContext ctx = context("ra1");

    assertThatThrownBy(() -> ctx.getProfileTable("subscribers"))
        .isInstanceOf(UnrecognizedProfileTableNameException.class)
        .hasMessageContaining("not supported");
  }

  @Test
  void sharedTimerRunsTasksButCannotBeCancelled() throws Exception {
    ResourceAdaptorContext ctx = context("ra1");
    assertThat(context("ra2").getTimer()).isSameAs(ctx.getTimer());
    AtomicBoolean ran = new AtomicBoolean();

    assertThatThrownBy(() -> ctx.getTimer().cancel())
        .isInstanceOf(UnsupportedOperationException.class);
    ctx.getTimer()
        .schedule(
            new TimerTask() {
              @Override
              public void run() {
                ran.set(true);
              }
            },
            1);

    Awaitility.await().untilTrue(ran);
  }

  @Test
  void oneFailingEntityDoesNotKeepTheServiceFromTheOthers() throws Exception {
    entities.createResourceAdaptorEntity(
        RA,
        "broken",
        Fixtures.withSecret(Fixtures.prop("host", "java.lang.String", "fail-services")));
    kit.create("fine");
    entities.activateResourceAdaptorEntity("broken");
    entities.activateResourceAdaptorEntity("fine");

    entities.serviceActive(SERVICE);

    assertThat(kit.ra("broken").calls()).endsWith("serviceActive");
    assertThat(kit.ra("broken").services()).isEmpty();
    assertThat(kit.ra("fine").services())
        .extracting(ReceivableService::getService)
        .containsExactly(SERVICE);
  }
}
