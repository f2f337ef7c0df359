package org.sleecharging.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javax.slee.management.ResourceAdaptorEntityState;
import javax.slee.management.ServiceState;
import javax.slee.resource.ConfigProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleecharging.container.testdu.TestDus;

/**
 * The test DUs deployed through the public API run as a JAIN SLEE 1.1 container runs them: event
 * routing with convergence names, CMP, child relations, rollback, masks, timers, activity end and
 * entity removal, JNDI resource bindings.
 */
class EmbeddedSleeIT {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path dir;
  private EmbeddedSlee slee;
  private Function<String, String> ra;
  /** Activities live before the test's own (the service activity of the active service). */
  private int baseActivities;

  @BeforeEach
  @SuppressWarnings("unchecked")
  void deployAndActivate() throws Exception {
    slee = EmbeddedSlee.builder().registerMBeans(false).start();
    slee.deploy(TestDus.raDu(dir));
    slee.createResourceAdaptorEntity(TestDus.PING_RA, "ping", new ConfigProperties());
    slee.activateResourceAdaptorEntity("ping");
    slee.bindLinkName("ping", TestDus.LINK);
    slee.deploy(TestDus.serviceDu(dir));
    slee.activateService(TestDus.PING_SERVICE);
    ra = slee.resourceAdaptor("ping", Function.class);
    baseActivities = slee.inspect().activities();
    ra.apply("start A");
  }

  @AfterEach
  void close() {
    if (slee != null) {
      slee.close();
    }
  }

  private List<String> reports() {
    String all = ra.apply("reports");
    return all.isEmpty() ? List.of() : Arrays.asList(all.split("\n"));
  }

  private void awaitReport(String line) {
    await().atMost(WAIT).untilAsserted(() -> assertThat(reports()).contains(line));
  }

  @Test
  void sameConvergenceNameReachesOneRootEntityAndOtherNamesCreateNewOnes() {
    ra.apply("fire A k1 count");
    ra.apply("fire A k1 count");
    ra.apply("fire A k2 count");
    awaitReport("k1 count count=2 child=none");
    awaitReport("k2 count count=1 child=none");
    assertThat(reports()).containsExactly(
        "k1 count count=1 child=none", "k1 count count=2 child=none", "k2 count count=1 child=none");
    assertThat(slee.inspect().sbbEntities()).containsEntry(TestDus.PING_SERVICE, 2);
  }

  @Test
  void theRaSeesTheInvokingServiceOnlyWhileSbbCodeCallsIt() {
    ra.apply("fire A k1 count");
    awaitReport("k1 count count=1 child=none");
    assertThat(ra.apply("lastReportInvokingService")).isEqualTo(TestDus.PING_SERVICE.toString());
    assertThat(ra.apply("invokingService")).isEqualTo("null");
  }

  @Test
  void childRelationCreatesAChildWhoseCmpStatePersists() {
    ra.apply("fire A k1 child");
    ra.apply("fire A k1 child");
    awaitReport("k1 child count=0 child=2");
    assertThat(slee.inspect().sbbEntities()).containsEntry(TestDus.PING_SERVICE, 2);
  }

  @Test
  void runtimeExceptionRollsBackCmpAndChildCreationAndCallsCallbacks() {
    ra.apply("fire A k1 count");
    ra.apply("fire A k1 fail");
    ra.apply("fire A k1 count");
    awaitReport("k1 count count=2 child=none");
    assertThat(reports()).containsExactly("k1 count count=1 child=none",
        "exceptionThrown failure requested by the test", "rolledBack",
        "k1 count count=2 child=none");
    assertThat(slee.inspect().sbbEntities()).containsEntry(TestDus.PING_SERVICE, 1);
  }

  @Test
  void setRollbackOnlyRollsBackWithoutAnException() {
    ra.apply("fire A k1 count");
    ra.apply("fire A k1 rollback");
    ra.apply("fire A k1 count");
    awaitReport("k1 count count=2 child=none");
    assertThat(reports()).contains("rolledBack").doesNotContain("exceptionThrown");
  }

  @Test
  void maskedEventsAreNotDelivered() {
    ra.apply("fire A k1 mask");
    ra.apply("fire A k1 count");
    ra.apply("fire A k1 count");
    ra.apply("end A");
    awaitReport("k1 removed");
    assertThat(reports()).noneMatch(l -> l.startsWith("k1 count"));
  }

  @Test
  void activityEndRemovesTheRootEntityTree() {
    ra.apply("fire A k1 child");
    awaitReport("k1 child count=0 child=1");
    ra.apply("end A");
    awaitReport("k1 removed");
    assertThat(reports()).contains("k1 activityEnd", "childRemoved", "activityEnded A");
    await().atMost(WAIT).untilAsserted(() -> {
      assertThat(slee.inspect().totalSbbEntities()).isZero();
      assertThat(slee.inspect().activities()).isEqualTo(baseActivities);
    });
  }

  @Test
  void detachLeavesTheRootWithoutAttachmentsAndRemovesIt() {
    ra.apply("fire A k1 detach");
    awaitReport("k1 removed");
    await().atMost(WAIT).until(() -> slee.inspect().totalSbbEntities() == 0);
  }

  @Test
  void timersFireAndPeriodicTimersRepeat() {
    ra.apply("fire A k1 timer 20 0 1");
    awaitReport("k1 timer 1/0");
    ra.apply("fire A k2 timer 10 20 3");
    awaitReport("k2 timer 3/0");
    assertThat(reports()).filteredOn(l -> l.matches("k\\d timer \\d/\\d"))
        .containsExactly("k1 timer 1/0", "k2 timer 3/2", "k2 timer 3/1", "k2 timer 3/0");
    await().atMost(WAIT).until(() -> slee.inspect().timers() == 0);
  }

  @Test
  void raLifecycleCallbacksHappenInSpecOrder() {
    ra.apply("end A");
    await().atMost(WAIT).until(() -> slee.inspect().activities() == baseActivities);
    slee.deactivateService(TestDus.PING_SERVICE);
    await().atMost(WAIT).until(() ->
        slee.services().getState(TestDus.PING_SERVICE).equals(ServiceState.INACTIVE));
    slee.deactivateResourceAdaptorEntity("ping");
    await().atMost(WAIT).until(() ->
        slee.resources().getState("ping").equals(ResourceAdaptorEntityState.INACTIVE));
    String calls = ra.apply("calls");
    assertThat(calls).startsWith(
        "setResourceAdaptorContext,raVerifyConfiguration,raConfigure,raActive,serviceActive");
    assertThat(calls).endsWith("serviceStopping,serviceInactive,raStopping,raInactive");
    assertThat(ra.apply("greeting")).isEqualTo("hello");
  }
}
