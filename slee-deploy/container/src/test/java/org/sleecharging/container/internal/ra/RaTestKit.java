package org.sleecharging.container.internal.ra;

import static org.sleecharging.container.internal.ra.Fixtures.*;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import javax.slee.management.ResourceAdaptorEntityNotification;
import javax.slee.resource.ResourceAdaptorID;
import javax.slee.transaction.SleeTransactionManager;
import org.sleecharging.container.internal.facility.SleeNotificationFacilities;
import org.sleecharging.container.internal.facility.SleeUsageParameterSets;

/**
 * ResourceAdaptorEntities over fakes, with the test deployment installed. The RA components load
 * through their own class loader so tests can check the context class loader of callbacks.
 */
final class RaTestKit implements AutoCloseable {

  final ClassLoader raLoader =
      new URLClassLoader("ra-loader", new URL[0], getClass().getClassLoader());
  final FakeRepository repository = new FakeRepository();
  final FakeActivityManager activities = new FakeActivityManager();
  final SleeNotificationFacilities facilities = new SleeNotificationFacilities();
  final SleeUsageParameterSets usage = new SleeUsageParameterSets();
  final SharedRaTimer timer = new SharedRaTimer();
  final SleeTransactionManager transactions =
      (SleeTransactionManager)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {SleeTransactionManager.class},
              (p, m, a) -> {
                throw new UnsupportedOperationException("fake transaction manager: " + m.getName());
              });
  final ResourceAdaptorEntities entities;

  RaTestKit() {
    repository
        .install(event(REQUEST))
        .install(event(ANSWER))
        .install(event(FOREIGN))
        .install(raType())
        .install(raDescriptor(RA, RecordingRa.class), raLoader)
        .install(raDescriptor(FT_RA, FaultTolerantRecordingRa.class), raLoader)
        .install(raDescriptor(RECONFIGURABLE_RA, RecordingRa.class), raLoader)
        .install(raDescriptor(UNCHECKED_RA, RecordingRa.class), raLoader)
        .install(
            sbb(
                CHILD_SBB,
                Map.of(),
                List.of(),
                List.of(receive(ANSWER, true, "child-option"), receive(FOREIGN, false, null)),
                null))
        .install(
            sbb(
                ROOT_SBB,
                Map.of("child", CHILD_SBB),
                List.of(
                    new org.sleecharging.container.internal.model.ChildRelationDescriptor(
                        "child", "getChildRelation", (byte) 0)),
                List.of(receive(REQUEST, true, "root-option"), fire(ANSWER)),
                "test-link"))
        .install(service());
    entities =
        new ResourceAdaptorEntities(repository, activities, transactions, facilities, usage, timer);
  }

  void create(String entityName) throws Exception {
    create(RA, entityName);
  }

  void create(ResourceAdaptorID ra, String entityName) throws Exception {
    entities.createResourceAdaptorEntity(ra, entityName, withSecret());
  }

  RecordingRa ra(String entityName) throws Exception {
    return (RecordingRa) entities.resourceAdaptorObject(entityName);
  }

  RaEntity entity(String entityName) {
    return (RaEntity)
        entities.entitiesOfType(RA_TYPE).stream()
            .filter(e -> e.name().equals(entityName))
            .findFirst()
            .orElseThrow();
  }

  static ResourceAdaptorEntityNotification notificationSource(String entityName) {
    return new ResourceAdaptorEntityNotification(entityName);
  }

  @Override
  public void close() {
    timer.shutdown();
  }
}
