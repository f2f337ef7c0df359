package org.sleecharging.container.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sleecharging.container.internal.runtime.Descriptors.initial;
import static org.sleecharging.container.internal.runtime.Descriptors.initialWithSelector;
import static org.sleecharging.container.internal.runtime.Descriptors.receive;
import static org.sleecharging.container.internal.runtime.Descriptors.sbb;
import static org.sleecharging.container.internal.runtime.Descriptors.service;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import javax.slee.ServiceID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.container.internal.model.InitialEventSelect;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.runtime.activity.StandardEvents;

class EventRoutingTest {
  private final RuntimeFixture f = new RuntimeFixture();
  private final SbbDescriptor child = sbb("Child", ChildSbb.class).build();
  private final SbbDescriptor root = sbb("Root", RootSbb.class)
      .cmp("count")
      .child("child", child.id(), "getChildren", 0)
      .events(
          initial("Ping", TestEvent.PING, InitialEventSelect.ACTIVITY_CONTEXT),
          initial("Block", TestEvent.BLOCK, InitialEventSelect.ACTIVITY_CONTEXT),
          receive("Fail", TestEvent.FAIL),
          receive("RollbackOnly", TestEvent.ROLLBACK_ONLY),
          receive("Other", TestEvent.OTHER),
          receive("ActivityEnd", StandardEvents.ACTIVITY_END))
      .build();

  @AfterEach
  void close() {
    RootSbb.release.countDown();
    f.close();
  }

  private ServiceID activateRootService() throws Exception {
    return f.installActive(child, root, service("Svc", root.id(), 0))[0];
  }

  private static void awaitLog(String entry) {
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(Recorder.log()).contains(entry));
  }

  @Test
  void eventsWithTheSameConvergenceNameReachOneRootEntity() throws Exception {
    ServiceID svc = activateRootService();
    ExternalActivity a = f.runtime.startExternalActivity("a");
    ExternalActivity b = f.runtime.startExternalActivity("b");

    a.fire(TestEvent.PING, new TestEvent("x", 1), null);
    a.fire(TestEvent.PING, new TestEvent("x", 2), null);
    b.fire(TestEvent.PING, new TestEvent("y", 1), null);

    awaitLog("root:ping:x:2:children=0:Svc");
    awaitLog("root:ping:y:1:children=0:Svc");
    assertThat(f.runtime.sbbEntityCount(svc)).isEqualTo(2);
    assertThat(Recorder.startingWith("root:create")).hasSize(2);
  }

  @Test
  void runtimeExceptionInHandlerRollsBackCmpAndChildCreation() throws Exception {
    activateRootService();
    ExternalActivity a = f.runtime.startExternalActivity("a");

    a.fire(TestEvent.PING, new TestEvent("first", 1), null);
    a.fire(TestEvent.FAIL, new TestEvent("fail", 2), null);
    a.fire(TestEvent.PING, new TestEvent("after", 3), null);

    awaitLog("root:ping:after:2:children=0:Svc");
    List<String> log = Recorder.log();
    assertThat(log).contains("root:exceptionThrown:boom", "child:create");
    assertThat(log.indexOf("root:exceptionThrown:boom"))
        .isLessThan(log.indexOf("root:rolledBack:" + new TestEvent("fail", 2)));
  }

  @Test
  void setRollbackOnlyRollsBackWithoutExceptionAndCallsSbbRolledBack() throws Exception {
    activateRootService();
    ExternalActivity a = f.runtime.startExternalActivity("a");

    a.fire(TestEvent.PING, new TestEvent("first", 1), null);
    a.fire(TestEvent.ROLLBACK_ONLY, new TestEvent("rb", 2), null);
    a.fire(TestEvent.PING, new TestEvent("after", 3), null);

    awaitLog("root:ping:after:2:children=0:Svc");
    assertThat(Recorder.log())
        .contains("root:rolledBack:" + new TestEvent("rb", 2))
        .noneMatch(s -> s.startsWith("root:exceptionThrown"));
  }

  @Test
  void activityEndDeliversEndEventThenRemovesTheRootTreeChildrenFirst() throws Exception {
    ServiceID svc = activateRootService();
    int before = f.runtime.activityCount();
    ExternalActivity a = f.runtime.startExternalActivity("a");
    a.fire(TestEvent.PING, new TestEvent("child", 1), null);
    awaitLog("root:ping:child:1:children=1:Svc");
    assertThat(f.runtime.sbbEntityCount(svc)).isEqualTo(2);

    a.end();

    awaitLog("root:remove");
    List<String> log = Recorder.log();
    assertThat(log.indexOf("root:end")).isLessThan(log.indexOf("child:remove"));
    assertThat(log.indexOf("child:remove")).isLessThan(log.indexOf("root:remove"));
    await().atMost(Duration.ofSeconds(5)).until(a::isEnded);
    assertThat(f.runtime.sbbEntityCount(svc)).isZero();
    assertThat(f.runtime.activityCount()).isEqualTo(before);
  }

  @Test
  void removingAChildCallsItsSbbRemoveAndShrinksTheRelation() throws Exception {
    ServiceID svc = activateRootService();
    ExternalActivity a = f.runtime.startExternalActivity("a");

    a.fire(TestEvent.PING, new TestEvent("child", 1), null);
    a.fire(TestEvent.PING, new TestEvent("remove-child", 2), null);

    awaitLog("root:ping:remove-child:2:children=0:Svc");
    assertThat(Recorder.log()).contains("root:child-contained:true", "child:remove");
    assertThat(f.runtime.sbbEntityCount(svc)).isEqualTo(1);
  }

  @Test
  void maskedEventsAreNotDelivered() throws Exception {
    activateRootService();
    ExternalActivity masked = f.runtime.startExternalActivity("masked");
    ExternalActivity open = f.runtime.startExternalActivity("open");

    masked.fire(TestEvent.PING, new TestEvent("mask", 1), null);
    masked.fire(TestEvent.OTHER, new TestEvent("hidden", 2), null);
    masked.fire(TestEvent.PING, new TestEvent("after", 3), null);
    open.fire(TestEvent.PING, new TestEvent("nomask", 1), null);
    open.fire(TestEvent.OTHER, new TestEvent("seen", 2), null);

    awaitLog("root:ping:after:2:children=0:Svc");
    awaitLog("root:other:seen");
    assertThat(Recorder.log()).doesNotContain("root:other:hidden");
  }

  @Test
  void higherPriorityServiceRootReceivesTheEventFirst() throws Exception {
    f.installActive(child, root, service("Low", root.id(), -5), service("High", root.id(), 10));
    ExternalActivity a = f.runtime.startExternalActivity("a");

    a.fire(TestEvent.PING, new TestEvent("p", 1), null);

    awaitLog("root:ping:p:1:children=0:Low");
    assertThat(Recorder.startingWith("root:ping"))
        .containsExactly("root:ping:p:1:children=0:High", "root:ping:p:1:children=0:Low");
  }

  @Test
  void eventsOfOneActivityArriveInOrderWhileOtherActivitiesRunInParallel() throws Exception {
    activateRootService();
    ExternalActivity a = f.runtime.startExternalActivity("a");
    ExternalActivity b = f.runtime.startExternalActivity("b");
    for (int i = 0; i < 30; i++) {
      a.fire(TestEvent.PING, new TestEvent("seq" + i, i), null);
    }
    awaitLog("root:ping:seq29:30:children=0:Svc");
    assertThat(Recorder.startingWith("root:ping:seq")).containsExactlyElementsOf(
        IntStream.range(0, 30).mapToObj(i -> "root:ping:seq" + i + ":" + (i + 1) + ":children=0:Svc").toList());

    RootSbb.release = new CountDownLatch(1);
    a.fire(TestEvent.BLOCK, new TestEvent("blocked", 0), null);
    a.fire(TestEvent.PING, new TestEvent("queued", 0), null);
    awaitLog("root:block-start:blocked");
    b.fire(TestEvent.PING, new TestEvent("parallel", 0), null);

    awaitLog("root:ping:parallel:1:children=0:Svc");
    assertThat(Recorder.log()).doesNotContain("root:block-end:blocked")
        .noneMatch(s -> s.startsWith("root:ping:queued"));
    RootSbb.release.countDown();
    awaitLog("root:ping:queued:31:children=0:Svc");
  }

  @Test
  void initialEventSelectorMethodGivesTheCustomConvergenceName() throws Exception {
    SbbDescriptor selector = sbb("Selector", SelectorSbb.class)
        .cmp("count")
        .events(initialWithSelector("Custom", TestEvent.CUSTOM, "selectByKey"))
        .build();
    ServiceID svc = f.installActive(selector, service("Sel", selector.id(), 0))[0];
    f.runtime.startExternalActivity("a").fire(TestEvent.CUSTOM, new TestEvent("k1", 1), null);
    f.runtime.startExternalActivity("b").fire(TestEvent.CUSTOM, new TestEvent("ignored", 2), null);
    f.runtime.startExternalActivity("c").fire(TestEvent.CUSTOM, new TestEvent("k1", 3), null);
    f.runtime.startExternalActivity("d").fire(TestEvent.CUSTOM, new TestEvent("k2", 4), null);

    awaitLog("selector:k2:1");
    awaitLog("selector:k1:2");
    assertThat(Recorder.startingWith("selector:ignored")).isEmpty();
    assertThat(f.runtime.sbbEntityCount(svc)).isEqualTo(2);
  }
}
