package org.sleecharging.container.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sleecharging.container.internal.runtime.Descriptors.initial;
import static org.sleecharging.container.internal.runtime.Descriptors.receive;
import static org.sleecharging.container.internal.runtime.Descriptors.sbb;
import static org.sleecharging.container.internal.runtime.Descriptors.service;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.container.internal.model.InitialEventSelect;
import org.sleecharging.container.internal.model.SbbDescriptor;

/** CMP fields hold Serializable values by value (JSLEE 1.1 §6.5.1). */
class CmpCopySemanticsTest {
  private final RuntimeFixture f = new RuntimeFixture();
  private final SbbDescriptor root = sbb("Cmp", CmpCopySbb.class)
      .cmp("items", "anything")
      .events(
          initial("Ping", TestEvent.PING, InitialEventSelect.ACTIVITY_CONTEXT),
          receive("Fail", TestEvent.FAIL))
      .build();
  private ExternalActivity a;

  @BeforeEach
  void activate() throws Exception {
    f.installActive(root, service("CmpSvc", root.id(), 0));
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
  void mutatingAnObjectAfterSettingItChangesNeitherTheFieldNorCommittedState() throws Exception {
    a.fire(TestEvent.PING, new TestEvent("add-then-mutate", 1), null);
    a.fire(TestEvent.PING, new TestEvent("look", 2), null);

    awaitLog("cmp:look:[added1]");
    assertThat(Recorder.log()).contains("cmp:add-then-mutate:[added1]");
  }

  @Test
  void mutatingAValueReadFromTheFieldWithoutSettingItChangesNothing() throws Exception {
    a.fire(TestEvent.PING, new TestEvent("add-then-mutate", 1), null);
    a.fire(TestEvent.PING, new TestEvent("mutate-read-value", 2), null);
    a.fire(TestEvent.PING, new TestEvent("look", 3), null);

    awaitLog("cmp:look:[added1]");
    assertThat(Recorder.log()).contains("cmp:mutate-read-value:[added1]");
  }

  @Test
  void rollbackRestoresThePreviousValue() throws Exception {
    a.fire(TestEvent.PING, new TestEvent("add-then-mutate", 1), null);
    a.fire(TestEvent.FAIL, new TestEvent("fail", 2), null);
    a.fire(TestEvent.PING, new TestEvent("look", 3), null);

    awaitLog("cmp:look:[added1]");
    assertThat(Recorder.log()).contains("cmp:exceptionThrown:cmp test failure");
  }

  @Test
  void aValueThatIsNeitherSerializableNorASleeObjectIsRefused() throws Exception {
    a.fire(TestEvent.PING, new TestEvent("store-unserializable", 1), null);

    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(Recorder.log())
        .anyMatch(s -> s.startsWith("cmp:exceptionThrown:") && s.contains("CMP field anything")
            && s.contains("java.lang.Object only if it is Serializable")));
  }
}
