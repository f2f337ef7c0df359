package org.sleecharging.container.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sleecharging.container.internal.runtime.Descriptors.initial;
import static org.sleecharging.container.internal.runtime.Descriptors.receive;
import static org.sleecharging.container.internal.runtime.Descriptors.sbb;
import static org.sleecharging.container.internal.runtime.Descriptors.service;

import java.time.Duration;
import javax.slee.SbbID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.container.internal.model.InitialEventSelect;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.model.SbbEventDescriptor;
import org.sleecharging.container.internal.runtime.activity.StandardEvents;

class FacilitiesTest {
  private final RuntimeFixture f = new RuntimeFixture();

  @BeforeEach
  void install() throws Exception {
    SbbDescriptor sbb = sbb("Facility", FacilitySbb.class)
        .events(
            initial("Ping", TestEvent.PING, InitialEventSelect.ACTIVITY_CONTEXT),
            new SbbEventDescriptor("Custom", TestEvent.CUSTOM,
                org.sleecharging.container.internal.model.EventDirection.FIRE_AND_RECEIVE,
                false, false, java.util.Set.of(), null, null),
            receive("Timer", StandardEvents.TIMER),
            receive("ActivityEnd", StandardEvents.ACTIVITY_END))
        .env("greeting", "java.lang.String", "hello")
        .env("answer", "java.lang.Integer", "42")
        .build();
    f.installActive(sbb, service("Facilities", sbb.id(), 0));
  }

  @AfterEach
  void close() {
    f.close();
  }

  private void ping(String key) throws Exception {
    f.runtime.startExternalActivity(key).fire(TestEvent.PING, new TestEvent(key, 0), null);
  }

  private static void awaitLog(String... entries) {
    await().atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(Recorder.log()).contains(entries));
  }

  @Test
  void periodicTimerFiresNumRepetitionsTimesThenIsGone() throws Exception {
    ping("periodic");

    awaitLog("facility:timer:2:3", "facility:timer:1:3", "facility:timer:0:3");
    await().atMost(Duration.ofSeconds(5)).until(() -> f.runtime.timerCount() == 0);
    assertThat(Recorder.startingWith("facility:timer")).hasSize(3);
  }

  @Test
  void cancelledTimerDoesNotFire() throws Exception {
    ping("cancel");

    awaitLog("facility:timer:0:1");
    assertThat(Recorder.startingWith("facility:timer")).hasSize(1);
  }

  @Test
  void nullActivityEndsOnceItsLastAttachmentIsGone() throws Exception {
    int before = f.runtime.activityCount();
    ping("null");

    awaitLog("facility:custom:on-null:NullActivityImpl");
    await().atMost(Duration.ofSeconds(5)).until(() -> f.runtime.activityCount() == before + 1);
  }

  @Test
  void nullActivityEndsWhenToldAndAttachedEntitiesSeeTheEndEvent() throws Exception {
    ping("null-end");

    awaitLog("facility:end:null");
  }

  @Test
  void timersOfAnEndedActivityAreCancelled() throws Exception {
    ExternalActivity a = f.runtime.startExternalActivity("a");
    a.fire(TestEvent.PING, new TestEvent("long-timer", 0), null);
    await().atMost(Duration.ofSeconds(5)).until(() -> f.runtime.timerCount() == 1);

    a.end();

    awaitLog("facility:end:other");
    await().atMost(Duration.ofSeconds(5)).until(() -> f.runtime.timerCount() == 0);
  }

  @Test
  void activityContextNameBoundInARolledBackTransactionIsNotBound() throws Exception {
    ping("bind-and-fail");
    ping("bind");
    awaitLog("facility:exceptionThrown:after bind");
    await().atMost(Duration.ofSeconds(5)).until(() -> f.runtime.boundActivityContextNames() == 1);

    ping("lookup");

    awaitLog("facility:lookup:false:true");
  }

  @Test
  void envEntriesAreBoundWithTheirTypes() throws Exception {
    ping("env");

    awaitLog("facility:env:hello:42");
  }

  @Test
  void fireMethodForAnEventNotDeclaredFireIsRefusedAtInstall() {
    SbbDescriptor bad = sbb("Bad", FacilitySbb.class)
        .events(receive("Custom", TestEvent.CUSTOM), receive("Ping", TestEvent.PING))
        .build();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.install(bad))
        .isInstanceOf(javax.slee.management.DeploymentException.class)
        .hasMessageContaining(new SbbID("Bad", "org.test", "1.0").toString())
        .hasMessageContaining("fireCustom");
  }
}
