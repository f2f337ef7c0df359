package org.sleecharging.ocs.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class RoundsTest {

    private static ScurLoad.Result leg(long ccrs, long cpuMicros) {
        Histogram h = new Histogram(3);
        h.recordValue(1_000_000);
        return new ScurLoad.Result(ccrs, 0, Duration.ofSeconds(1), h,
                new CpuMeter.Usage(cpuMicros * 1000, cpuMicros * 500, cpuMicros * 400));
    }

    @Test
    void eachRoundPairsItsTwoOcsLegsWithItsTwoTrivialLegs() {
        Rounds run = new Rounds();
        run.add(new Rounds.Leg(1, "trivial", leg(1000, 40_000), 1.0));
        run.add(new Rounds.Leg(1, "ocs", leg(900, 45_000), 2.0));
        run.add(new Rounds.Leg(1, "ocs", leg(700, 35_000), 3.0));
        run.add(new Rounds.Leg(1, "trivial", leg(1000, 40_000), 4.0));
        run.add(new Rounds.Leg(2, "trivial", leg(500, 20_000), 5.0));

        Rounds.Ratio first = run.ratio(1);
        assertThat(first.throughput()).isCloseTo(1600.0 / 2000.0, within(1e-9));
        assertThat(first.cpu()).isCloseTo((80_000.0 / 2000) / (80_000.0 / 1600), within(1e-9));
        assertThat(first.minLoad()).isEqualTo(1.0);
        assertThat(first.maxLoad()).isEqualTo(4.0);
        assertThat(run.ratio(2)).isNull();
        assertThat(run.merged(0, "trivial").ccrs()).isEqualTo(2500);
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Rounds.median(new double[] {0.9, 0.5, 0.7})).isEqualTo(0.7);
        assertThat(Rounds.median(new double[] {0.9, 0.5, 0.7, 0.6})).isCloseTo(0.65, within(1e-9));
        assertThat(Rounds.median(new double[] {0.8})).isEqualTo(0.8);
    }
}
