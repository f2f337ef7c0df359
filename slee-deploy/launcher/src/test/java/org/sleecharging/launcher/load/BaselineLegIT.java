package org.sleecharging.launcher.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The baseline leg really runs the OCS module's load tool in a child JVM and reads its result. */
class BaselineLegIT {

  @Test
  void rawJDiameterLegReportsRoundTrips() throws Exception {
    LoadResult r = BaselineLeg.run(new LoadOptions(Duration.ofSeconds(2), Duration.ofSeconds(1), 0, 4, 1));

    assertThat(r.leg()).isEqualTo("raw jDiameter");
    assertThat(r.operations()).isPositive();
    assertThat(r.errors()).isZero();
    assertThat(r.percentileMillis(50)).isPositive();
  }
}
