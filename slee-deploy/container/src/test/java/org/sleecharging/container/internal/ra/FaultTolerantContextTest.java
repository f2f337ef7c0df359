package org.sleecharging.container.internal.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sleecharging.container.internal.ra.Fixtures.FT_RA;

import java.io.Serializable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mobicents.slee.resource.cluster.FaultTolerantResourceAdaptorContext;
import org.mobicents.slee.resource.cluster.FaultTolerantTimer;
import org.mobicents.slee.resource.cluster.FaultTolerantTimerTask;
import org.mobicents.slee.resource.cluster.FaultTolerantTimerTaskData;
import org.mobicents.slee.resource.cluster.ReplicatedData;

class FaultTolerantContextTest {

  private final RaTestKit kit = new RaTestKit();
  private final ResourceAdaptorEntities entities = kit.entities;

  @AfterEach
  void close() {
    kit.close();
  }

  private FaultTolerantRecordingRa ftRa(String entityName) throws Exception {
    return (FaultTolerantRecordingRa) kit.ra(entityName);
  }

  @Test
  void faultTolerantContextIsSetBeforeConfigurationAndUnsetOnRemoval() throws Exception {
    kit.create(FT_RA, "ft1");
    FaultTolerantRecordingRa ra = ftRa("ft1");
    FaultTolerantResourceAdaptorContext<String, String> ctx = ra.ftContext();

    assertThat(ra.calls())
        .containsExactly(
            "setResourceAdaptorContext",
            "setFaultTolerantResourceAdaptorContext",
            "raVerifyConfiguration",
            "raConfigure");
    assertThat(ctx.isLocal()).isTrue();
    assertThat(ctx.isSingleMember()).isTrue();
    assertThat(ctx.isHeadMember()).isTrue();
    assertThat(ctx.getMembers()).containsExactly(ctx.getLocalAddress());

    entities.removeResourceAdaptorEntity("ft1");
    assertThat(ra.calls())
        .endsWith(
            "raUnconfigure",
            "unsetFaultTolerantResourceAdaptorContext",
            "unsetResourceAdaptorContext");
    assertThat(ra.ftContext()).isNull();
  }

  @Test
  void secondEntityOfTheSameRaSeesReplicatedData() throws Exception {
    kit.create(FT_RA, "node1");
    kit.create(FT_RA, "node2");
    ReplicatedData<String, String> node1 = ftRa("node1").ftContext().getReplicateData(false);
    ReplicatedData<String, String> node2 = ftRa("node2").ftContext().getReplicateData(true);

    assertThat(node1.put("session-1", "state-a")).isTrue();
    assertThat(node1.put("session-1", "state-b")).isFalse();

    assertThat(node2.get("session-1")).isEqualTo("state-b");
    assertThat(node2.contains("session-1")).isTrue();
    assertThat(node2.getKeyset()).containsExactly("session-1");
    assertThat(node2.getLocalKeyset()).isEmpty();
    assertThat(node1.getLocalKeyset()).containsExactly("session-1");
    assertThat(ftRa("node2").ftContext().getReplicatedDataWithFailover(false).contains("session-1"))
        .as("data with failover is a separate store")
        .isFalse();
  }

  @Test
  void removalByOneEntityIsToldToTheOthersThatAskedForIt() throws Exception {
    kit.create(FT_RA, "node1");
    kit.create(FT_RA, "node2");
    ReplicatedData<String, String> node1 = ftRa("node1").ftContext().getReplicateData(true);
    ReplicatedData<String, String> node2 = ftRa("node2").ftContext().getReplicateData(true);
    node1.put("k", "v");

    assertThat(node2.remove("k")).isTrue();
    assertThat(node2.remove("k")).isFalse();

    assertThat(ftRa("node1").removedKeys()).containsExactly("k");
    assertThat(ftRa("node2").removedKeys()).isEmpty();
    assertThat(node1.get("k")).isNull();
  }

  @Test
  void replicatedDataOutlivesTheEntitiesOfTheRa() throws Exception {
    kit.create(FT_RA, "node1");
    ftRa("node1").ftContext().getReplicateData(false).put("k", "v");
    entities.removeResourceAdaptorEntity("node1");

    kit.create(FT_RA, "again");
    assertThat(ftRa("again").ftContext().getReplicateData(false).get("k"))
        .as("data outlives an entity of the same RA")
        .isEqualTo("v");
  }

  private record TaskData(String id) implements FaultTolerantTimerTaskData {
    @Override
    public Serializable getTaskID() {
      return id;
    }
  }

  private static FaultTolerantTimerTask task(String id, Runnable body) {
    return new FaultTolerantTimerTask() {
      @Override
      public FaultTolerantTimerTaskData getTaskData() {
        return new TaskData(id);
      }

      @Override
      public void run() {
        body.run();
      }
    };
  }

  @Test
  void faultTolerantTimerRunsAndCancelsTasksById() throws Exception {
    kit.create(FT_RA, "ft1");
    FaultTolerantTimer timer = ftRa("ft1").ftContext().getFaultTolerantTimer();
    AtomicInteger runs = new AtomicInteger();
    AtomicInteger cancelledRuns = new AtomicInteger();

    assertThatThrownBy(
            () -> timer.schedule(task("early", runs::incrementAndGet), 1, TimeUnit.MILLISECONDS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not configured");
    timer.configure(data -> task("restored", () -> {}), 1);
    assertThat(timer.isConfigured()).isTrue();
    timer.schedule(task("cancelled", cancelledRuns::incrementAndGet), 1, TimeUnit.HOURS);
    timer.cancel("cancelled");
    timer.schedule(task("once", runs::incrementAndGet), 1, TimeUnit.MILLISECONDS);

    Awaitility.await().untilAtomic(runs, org.hamcrest.Matchers.equalTo(1));
    assertThat(cancelledRuns).hasValue(0);
  }
}
