package org.sleecharging.ocs.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The legs of an ABBA run, round by round. Each round's ratio pairs its two OCS legs with its two
 * trivial legs (CCR/s summed over equal measured windows), so a machine that gets busier or quieter
 * during the round moves both sides alike; the run's figure is the median over the rounds, which
 * one disturbed round cannot drag.
 */
final class Rounds {
    /** One leg as run: which target, what it measured, the 1-minute load average as it ended. */
    record Leg(int round, String target, ScurLoad.Result result, double loadAverage) {
    }

    /** One round's ratios. */
    record Ratio(int round, double throughput, double cpu, double serverCpu, double minLoad, double maxLoad) {
        String describe() {
            return String.format(Locale.ROOT,
                    "round %d: ocs/trivial throughput %.3f; trivial/ocs CPU per CCR %.3f (process), %.3f (server threads); load %.1f-%.1f",
                    round, throughput, cpu, serverCpu, minLoad, maxLoad);
        }
    }

    private final List<Leg> legs = new ArrayList<>();

    void add(Leg leg) {
        legs.add(leg);
    }

    List<Leg> legs() {
        return List.copyOf(legs);
    }

    /** The ratio of {@code round}, or null unless it ran both targets. */
    Ratio ratio(int round) {
        ScurLoad.Result trivial = merged(round, "trivial");
        ScurLoad.Result ocs = merged(round, "ocs");
        if (trivial == null || ocs == null) {
            return null;
        }
        double[] load = legs.stream().filter(l -> l.round() == round).mapToDouble(Leg::loadAverage).toArray();
        return new Ratio(round, ocs.ccrPerSecond() / trivial.ccrPerSecond(),
                trivial.cpuMicrosPerCcr() / ocs.cpuMicrosPerCcr(),
                trivial.serverCpuMicrosPerCcr() / ocs.serverCpuMicrosPerCcr(),
                Arrays.stream(load).min().orElse(0), Arrays.stream(load).max().orElse(0));
    }

    /** Every leg of {@code target} (any round when {@code round} is 0) as one result. */
    ScurLoad.Result merged(int round, String target) {
        ScurLoad.Result merged = null;
        for (Leg l : legs) {
            if (l.target().equals(target) && (round == 0 || l.round() == round)) {
                merged = ScurLoad.Result.merge(merged, l.result());
            }
        }
        return merged;
    }

    /** The median of {@code values} (the mean of the middle two for an even count). */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
