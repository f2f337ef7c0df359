package org.sleecharging.container.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import javax.slee.resource.SleeEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.container.internal.runtime.FakeRaEntity.Activity;
import org.sleecharging.container.internal.runtime.FakeRaEntity.Handle;

/** RA activities without events for the idle time are queried for liveness (ResourceAdaptor.queryLiveness, JSLEE 1.1 ch. 15). */
class LivenessQueryTest {
  private final RuntimeFixture f =
      new RuntimeFixture(new RuntimeOptions(2).withLivenessQueryIdle(Duration.ofMillis(300)));
  private final FakeRaEntity entity = new FakeRaEntity();

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void anIdleActivityIsQueriedAndAnEndedOneIsNot() throws Exception {
    SleeEndpoint endpoint = f.runtime.activityManager().endpoint(entity);
    Handle idle = new Handle("idle");
    Handle ended = new Handle("ended");
    entity.activities.put(idle, new Activity("idle"));
    entity.activities.put(ended, new Activity("ended"));
    endpoint.startActivity(idle, new Activity("idle"));
    endpoint.startActivity(ended, new Activity("ended"));
    endpoint.endActivity(ended);

    await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
        assertThat(Recorder.log()).contains("ra:queryLiveness:idle"));
    assertThat(Recorder.log()).doesNotContain("ra:queryLiveness:ended");
  }
}
