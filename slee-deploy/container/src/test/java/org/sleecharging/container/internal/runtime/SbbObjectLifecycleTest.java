package org.sleecharging.container.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sleecharging.container.internal.runtime.Descriptors.initial;
import static org.sleecharging.container.internal.runtime.Descriptors.receive;
import static org.sleecharging.container.internal.runtime.Descriptors.sbb;
import static org.sleecharging.container.internal.runtime.Descriptors.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.container.internal.model.InitialEventSelect;
import org.sleecharging.container.internal.model.SbbDescriptor;

/**
 * The SBB object lifecycle (JSLEE 1.1 §6.3) in the order the SBB sees it: objects numbered in
 * order of first appearance, so "1:sbbActivate" is the first object ever used.
 */
class SbbObjectLifecycleTest {
  private final SbbDescriptor root = sbb("Lifecycle", LifecycleSbb.class)
      .cmp("count")
      .events(
          initial("Ping", TestEvent.PING, InitialEventSelect.ACTIVITY_CONTEXT),
          receive("Fail", TestEvent.FAIL))
      .build();
  private RuntimeFixture f;

  @AfterEach
  void close() {
    if (f != null) {
      f.close();
    }
  }

  private ExternalActivity activate(RuntimeOptions options) throws Exception {
    f = new RuntimeFixture(options);
    f.installActive(root, service("LifecycleSvc", root.id(), 0));
    return f.runtime.startExternalActivity("a");
  }

  @Test
  void newEntityGetsCreateThenItsObjectStaysReadyWithOnlyLoadAndStoreInTheNextTransaction()
      throws Exception {
    ExternalActivity a = activate(new RuntimeOptions(4));

    a.fire(TestEvent.PING, new TestEvent("first", 1), null);
    a.fire(TestEvent.PING, new TestEvent("second", 2), null);

    awaitLifecycle(
        "1:setSbbContext", "1:sbbCreate", "1:sbbPostCreate", "1:onPing:first:1", "1:sbbStore",
        "1:sbbLoad", "1:onPing:second:2", "1:sbbStore");
  }

  @Test
  void withoutReadyObjectsAndAPoolOfZeroObjectsArePassivatedAndDiscardedWithUnsetSbbContext()
      throws Exception {
    ExternalActivity a = activate(new RuntimeOptions(4).withSbbPoolSize(0).withReadySbbObjects(0));

    a.fire(TestEvent.PING, new TestEvent("first", 1), null);
    a.fire(TestEvent.PING, new TestEvent("second", 2), null);

    awaitLifecycle(
        "1:setSbbContext", "1:sbbCreate", "1:sbbPostCreate", "1:onPing:first:1", "1:sbbStore",
        "1:sbbPassivate", "1:unsetSbbContext",
        "2:setSbbContext", "2:sbbActivate", "2:sbbLoad", "2:onPing:second:2", "2:sbbStore",
        "2:sbbPassivate", "2:unsetSbbContext");
  }

  @Test
  void theLeastRecentlyUsedReadyObjectOverTheLimitIsPassivatedIntoThePool() throws Exception {
    ExternalActivity a = activate(new RuntimeOptions(4).withReadySbbObjects(1));
    ExternalActivity b = f.runtime.startExternalActivity("b");

    a.fire(TestEvent.PING, new TestEvent("a1", 1), null);
    awaitLifecycle("1:setSbbContext", "1:sbbCreate", "1:sbbPostCreate", "1:onPing:a1:1",
        "1:sbbStore");
    b.fire(TestEvent.PING, new TestEvent("b1", 1), null);
    awaitLifecycle("1:setSbbContext", "1:sbbCreate", "1:sbbPostCreate", "1:onPing:a1:1",
        "1:sbbStore",
        "2:setSbbContext", "2:sbbCreate", "2:sbbPostCreate", "2:onPing:b1:1", "2:sbbStore",
        "1:sbbPassivate");
    a.fire(TestEvent.PING, new TestEvent("a2", 2), null);

    // a's entity gets the pooled object back, activated and loaded from its CMP state (count 2)
    awaitLifecycle("1:setSbbContext", "1:sbbCreate", "1:sbbPostCreate", "1:onPing:a1:1",
        "1:sbbStore",
        "2:setSbbContext", "2:sbbCreate", "2:sbbPostCreate", "2:onPing:b1:1", "2:sbbStore",
        "1:sbbPassivate",
        "1:sbbActivate", "1:sbbLoad", "1:onPing:a2:2", "1:sbbStore", "2:sbbPassivate");
  }

  @Test
  void aRolledBackTransactionPassivatesTheObjectAndTheNextOneLoadsTheCommittedState()
      throws Exception {
    ExternalActivity a = activate(new RuntimeOptions(4));

    a.fire(TestEvent.PING, new TestEvent("first", 1), null);
    a.fire(TestEvent.PING, new TestEvent("rollback", 2), null);
    a.fire(TestEvent.PING, new TestEvent("after", 3), null);

    // no sbbStore for the rolled-back transaction; its count of 2 is undone, "after" counts 2
    awaitLifecycle(
        "1:setSbbContext", "1:sbbCreate", "1:sbbPostCreate", "1:onPing:first:1", "1:sbbStore",
        "1:sbbLoad", "1:onPing:rollback:2", "1:sbbPassivate",
        // §6.10: sbbRolledBack in a new transaction
        "1:sbbActivate", "1:sbbLoad", "1:sbbRolledBack", "1:sbbStore",
        "1:sbbLoad", "1:onPing:after:2", "1:sbbStore");
  }

  @Test
  void anObjectWhoseHandlerThrowsIsDiscardedWithoutAnyFurtherCall() throws Exception {
    ExternalActivity a = activate(new RuntimeOptions(4));

    a.fire(TestEvent.PING, new TestEvent("first", 1), null);
    a.fire(TestEvent.FAIL, new TestEvent("fail", 2), null);
    a.fire(TestEvent.PING, new TestEvent("after", 3), null);

    awaitLifecycle(
        "1:setSbbContext", "1:sbbCreate", "1:sbbPostCreate", "1:onPing:first:1", "1:sbbStore",
        "1:sbbLoad", "1:onFail", "1:sbbExceptionThrown",
        // §6.10: sbbRolledBack in a new transaction, on another object
        "2:setSbbContext", "2:sbbActivate", "2:sbbLoad", "2:sbbRolledBack", "2:sbbStore",
        "2:sbbLoad", "2:onPing:after:2", "2:sbbStore");
  }

  @Test
  void removalReturnsTheObjectWithoutPassivateAndClosePassivatesReadyObjectsAndUnsetsThePool()
      throws Exception {
    ExternalActivity a = activate(new RuntimeOptions(4));
    ExternalActivity b = f.runtime.startExternalActivity("b");

    a.fire(TestEvent.PING, new TestEvent("detach", 1), null);
    // the detached root is removed before commit (§8.8.2), after its state was stored
    awaitLifecycle("1:setSbbContext", "1:sbbCreate", "1:sbbPostCreate", "1:onPing:detach:1",
        "1:sbbStore", "1:sbbRemove");
    b.fire(TestEvent.PING, new TestEvent("next", 1), null);
    awaitLifecycle("1:setSbbContext", "1:sbbCreate", "1:sbbPostCreate", "1:onPing:detach:1",
        "1:sbbStore", "1:sbbRemove",
        "1:sbbCreate", "1:sbbPostCreate", "1:onPing:next:1", "1:sbbStore");

    f.close();
    f = null;

    assertThat(lifecycle()).endsWith("1:sbbStore", "1:sbbPassivate", "1:unsetSbbContext");
  }

  private static void awaitLifecycle(String... expected) {
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
        assertThat(lifecycle()).containsExactly(expected));
  }

  /** The lifecycle log with object numbers renumbered 1, 2, ... by first appearance. */
  private static List<String> lifecycle() {
    Map<String, Integer> numbers = new HashMap<>();
    List<String> result = new ArrayList<>();
    for (String entry : Recorder.startingWith("lc:")) {
      String[] p = entry.split(":", 3);
      int n = numbers.computeIfAbsent(p[1], k -> numbers.size() + 1);
      result.add(n + ":" + p[2]);
    }
    return result;
  }
}
