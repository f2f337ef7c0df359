package org.sleecharging.container.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sleecharging.container.internal.runtime.Descriptors.initial;
import static org.sleecharging.container.internal.runtime.Descriptors.sbb;
import static org.sleecharging.container.internal.runtime.Descriptors.service;

import java.time.Duration;
import javax.slee.EventContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.container.internal.model.InitialEventSelect;
import org.sleecharging.container.internal.model.SbbDescriptor;

/**
 * EventContext.suspendDelivery/resumeDelivery (JSLEE 1.1 §8.6.3): two services' root entities
 * get each event, the higher-priority one first; it may suspend the delivery.
 */
class SuspendDeliveryTest {
  private final RuntimeFixture f = new RuntimeFixture();
  private final SbbDescriptor root = sbb("Suspend", SuspendSbb.class)
      .events(
          initial("Ping", TestEvent.PING, InitialEventSelect.ACTIVITY_CONTEXT),
          initial("Other", TestEvent.OTHER, InitialEventSelect.ACTIVITY_CONTEXT))
      .build();
  private ExternalActivity a;

  @BeforeEach
  void activate() throws Exception {
    f.installActive(root, service("High", root.id(), 10), service("Low", root.id(), -10));
    a = f.runtime.startExternalActivity("a");
  }

  @AfterEach
  void close() {
    f.close();
  }

  private static void awaitLog(String entry) {
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(Recorder.log()).contains(entry));
  }

  @Test
  void aSuspendedEventReachesNoFurtherSbbAndHoldsBackTheActivitysEventsUntilResumed() {
    a.fire(TestEvent.PING, new TestEvent("suspend", 1), null);
    a.fire(TestEvent.PING, new TestEvent("queued", 2), null);
    awaitLog("suspend:High:suspend");
    await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() ->
        Recorder.startingWith("suspend:Low").isEmpty()
            && !Recorder.log().contains("suspend:High:queued"));
    assertThat(Recorder.log()).contains("suspend:isSuspended-in-tx:true");

    f.runtime.startExternalActivity("b").fire(TestEvent.OTHER, new TestEvent("resume", 1), null);

    awaitLog("suspend:High:queued");
    awaitLog("suspend:Low:queued");
    assertThat(Recorder.startingWith("suspend:")).containsSubsequence(
        "suspend:High:suspend", "suspend:resumed-by:High", "suspend:Low:suspend",
        "suspend:High:queued", "suspend:Low:queued");
    assertThat(Recorder.startingWith("suspend:resumed-by")).hasSize(1);
    assertThat(Recorder.<EventContext>get("suspended").getEvent())
        .isEqualTo(new TestEvent("suspend", 1));
  }

  @Test
  void endingAllActivitiesOnCloseResumesASuspendedDeliveryFirst() throws Exception {
    a.fire(TestEvent.PING, new TestEvent("suspend", 1), null);
    awaitLog("suspend:High:suspend");

    assertThat(f.runtime.endAllActivities()).isTrue();

    assertThat(Recorder.log()).contains("suspend:Low:suspend");
    assertThat(f.runtime.activityCount()).isZero();
  }

  @Test
  void aSuspensionEndsByItselfAfterItsTimeout() {
    a.fire(TestEvent.PING, new TestEvent("suspend-briefly", 1), null);

    awaitLog("suspend:Low:suspend-briefly");
    assertThat(Recorder.log().indexOf("suspend:High:suspend-briefly"))
        .isLessThan(Recorder.log().indexOf("suspend:Low:suspend-briefly"));
  }

  @Test
  void aSuspensionWhoseTransactionRollsBackSuspendsNothing() {
    a.fire(TestEvent.PING, new TestEvent("create-both-roots", 0), null);
    a.fire(TestEvent.PING, new TestEvent("suspend-then-roll-back", 1), null);
    a.fire(TestEvent.PING, new TestEvent("next", 2), null);

    awaitLog("suspend:Low:suspend-then-roll-back");
    awaitLog("suspend:Low:next");
    assertThat(Recorder.log()).contains("suspend:rolledBack:" + new TestEvent("suspend-then-roll-back", 1));
  }
}
