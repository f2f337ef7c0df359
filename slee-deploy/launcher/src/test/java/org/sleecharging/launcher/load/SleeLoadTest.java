package org.sleecharging.launcher.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sleecharging.launcher.scenario.FakeNetwork;
import org.sleecharging.netsim.Cause;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.SbbAction;

class SleeLoadTest {

  @Test
  void closedLoopCountsAcceptedMessagesAndRecordsLatencies() throws Exception {
    FakeNetwork network = new FakeNetwork(
        id -> List.of(new SbbAction(ActionKind.MESSAGE_ACCEPTED, id, Cause.NORMAL, "")));
    LoadOptions options = new LoadOptions(Duration.ofMillis(500), Duration.ZERO, 0, 4, 10);

    LoadResult r = new SleeLoad(network, options).run();

    assertThat(r.operations()).isPositive();
    assertThat(r.errors()).isZero();
    assertThat(r.latencyNanos().getTotalCount()).isPositive();
    assertThat(r.perSecond()).isPositive();
  }

  @Test
  void rejectedMessagesAreErrors() throws Exception {
    FakeNetwork network = new FakeNetwork(
        id -> List.of(new SbbAction(ActionKind.MESSAGE_REJECTED, id, Cause.CREDIT_DENIED, "")));
    LoadOptions options = new LoadOptions(Duration.ofMillis(200), Duration.ZERO, 200, 4, 10);

    LoadResult r = new SleeLoad(network, options).run();

    assertThat(r.operations()).isZero();
    assertThat(r.errors()).isPositive();
  }
}
