package org.sleecharging.launcher.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sleecharging.netsim.Cause;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.ActivityKind;

/** The scenarios' steps and verdicts against a scripted network, without OCS (no ledger). */
class ScenariosTest {
  private static final Duration TIMEOUT = Duration.ofMillis(300);

  @Test
  void cooperativeServicePassesEveryScenarioInOrder() throws Exception {
    FakeNetwork network = new FakeNetwork(id -> List.of(new SbbAction(switch (id.kind()) {
      case CALL -> ActionKind.CALL_CONNECTED;
      case DATA_SESSION -> ActionKind.CONTENT_ALLOWED;
      case MESSAGE -> ActionKind.MESSAGE_ACCEPTED;
    }, id, Cause.NORMAL, id.kind() == ActivityKind.DATA_SESSION ? "song-42" : "")));

    List<ScenarioResult> results =
        Scenarios.run(ScenarioKind.defaults(), network, Optional.empty(), TIMEOUT);

    assertThat(results).extracting(ScenarioResult::kind)
        .containsExactly(ScenarioKind.SCUR, ScenarioKind.ECUR, ScenarioKind.IEC);
    assertThat(results).allSatisfy(r -> {
      assertThat(r.passed()).as(r.toString()).isTrue();
      assertThat(r.charged()).isEqualTo("not known (external OCS)");
    });
    assertThat(network.steps).containsExactly("call call-1", "answer call-1", "usage 2 call-1",
        "hold call-1", "resume call-1", "usage 2 call-1", "hangUp call-1", "data data-2",
        "request song-42 data-2", "delivered song-42 data-2", "end data-2", "message msg-3",
        "delivered msg-3");
    assertThat(network.liveActivities()).isEmpty();
  }

  @Test
  void releasedCallFailsWithTheServicesAction() throws Exception {
    FakeNetwork network = new FakeNetwork(
        id -> List.of(new SbbAction(ActionKind.CALL_RELEASED, id, Cause.CREDIT_DENIED, "")));

    ScenarioResult r = Scenarios.run(EnumSet.of(ScenarioKind.SCUR), network, Optional.empty(),
        TIMEOUT).get(0);

    assertThat(r.passed()).isFalse();
    assertThat(r.problem())
        .isEqualTo("expected CALL_CONNECTED on call-1, the service did CALL_RELEASED call-1 (CREDIT_DENIED)");
    assertThat(network.steps).containsExactly("call call-1");
  }

  @Test
  void silentServiceFailsAfterTheTimeout() throws Exception {
    FakeNetwork network = new FakeNetwork(id -> List.of());

    ScenarioResult r = Scenarios.run(EnumSet.of(ScenarioKind.IEC), network, Optional.empty(),
        TIMEOUT).get(0);

    assertThat(r.passed()).isFalse();
    assertThat(r.problem()).isEqualTo("waited 300 ms for the service to act on msg-1");
  }

  @Test
  void creditExhaustionPassesWhenTheServiceReleasesForLackOfCredit() throws Exception {
    FakeNetwork network = new FakeNetwork(id -> List.of(
        new SbbAction(ActionKind.CALL_CONNECTED, id, Cause.NORMAL, ""),
        new SbbAction(ActionKind.CALL_RELEASED, id, Cause.CREDIT_EXHAUSTED, "")));

    ScenarioResult r = Scenarios.run(EnumSet.of(ScenarioKind.SCUR_EXHAUSTED), network,
        Optional.empty(), TIMEOUT).get(0);

    assertThat(r.passed()).as(r.toString()).isTrue();
    assertThat(r.subscriber()).isEqualTo(Subscriber.CAROL);
  }

  @Test
  void creditExhaustionFailsWhenTheServiceReleasesNormally() throws Exception {
    FakeNetwork network = new FakeNetwork(id -> List.of(
        new SbbAction(ActionKind.CALL_CONNECTED, id, Cause.NORMAL, ""),
        new SbbAction(ActionKind.CALL_RELEASED, id, Cause.NORMAL, "")));

    ScenarioResult r = Scenarios.run(EnumSet.of(ScenarioKind.SCUR_EXHAUSTED), network,
        Optional.empty(), TIMEOUT).get(0);

    assertThat(r.problem()).isEqualTo("call released with NORMAL, expected CREDIT_EXHAUSTED or CREDIT_DENIED");
  }
}
