package org.sleecharging.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The RA-level benchmark (issue 4, item 5). {@code RaBench <task> [--option value]...}, task one of
 * {@code all} (flow, throughput, latency, heap), {@code flow}, {@code throughput}, {@code latency},
 * {@code heap}. Every leg run is a fresh JVM against a fresh OCS simulator JVM; throughput and latency
 * runs go in ABBA order (ra, raw, raw, ra) per round.
 *
 * <p>Options: {@code --warmup} s (10; longer while the leg's JIT is still busy, at most
 * {@code --max-warmup} s, 120), {@code --duration} s (20), {@code --in-flight} (64),
 * {@code --rounds} (1), {@code --rate} sessions/s for latency (default: half the RA's measured
 * throughput), {@code --heap-sessions} (10000), {@code --subscribers} (1000), {@code --event-threads}
 * of the SLEE (4).
 */
public final class RaBench {

    private static final List<String> ABBA = List.of("ra", "raw", "raw", "ra");

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final Map<String, String> options = new TreeMap<>(Map.of("warmup", "10", "max-warmup", "120", "duration", "20",
            "in-flight", "64", "rounds", "1", "heap-sessions", "10000", "subscribers", "1000", "event-threads", "4"));
    private int ocsRuns;

    public static void main(String[] args) throws Exception {
        RaBench bench = new RaBench();
        String task = args.length == 0 ? "all" : args[0];
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            bench.options.put(args[i].substring(2), args[i + 1]);
        }
        bench.run(task);
    }

    private void run(String task) throws Exception {
        out.println("ra-bench " + task + " " + options + " on " + Runtime.getRuntime().availableProcessors()
                + " cores, load average " + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<LegResult> throughput = List.of();
        switch (task) {
            case "flow" -> flow();
            case "throughput" -> report("throughput (closed loop, " + options.get("in-flight") + " sessions in flight)",
                    throughput());
            case "latency" -> latency(null);
            case "heap" -> heap();
            case "all" -> {
                flow();
                throughput = throughput();
                report("throughput (closed loop, " + options.get("in-flight") + " sessions in flight)", throughput);
                latency(throughput);
                heap();
            }
            default -> throw new IllegalArgumentException("unknown task " + task + " (all, flow, throughput, latency, heap)");
        }
    }

    /** One session through each leg against one tracing OCS: the CCRs it decoded must be the same. */
    private void flow() throws Exception {
        out.println("== Ro flow of one session (reserve, two debits, release), as the OCS decoded it");
        try (ChildJvm ocs = ocs(true)) {
            String endpoint = ocs.await(OcsProcess.READY, 60);
            List<String> ra = flowOf("ra", endpoint, ocs);
            List<String> raw = flowOf("raw", endpoint, ocs);
            ra.forEach(l -> out.println("  ra : " + l));
            raw.forEach(l -> out.println("  raw: " + l));
            out.println(ra.equals(raw) ? "  flows identical" : "  FLOWS DIFFER");
        }
    }

    private List<String> flowOf(String leg, String endpoint, ChildJvm ocs) throws Exception {
        try (ChildJvm child = leg(leg, endpoint, List.of("-Xmx256m"), "flow")) {
            out.println("  " + leg + " session: " + child.await("BENCH-FLOW ", 120));
        }
        List<String> ccrs = new ArrayList<>();
        ccrs.add(ocs.await(OcsProcess.CCR, 10));
        ccrs.add(ocs.await(OcsProcess.CCR, 10));
        return ccrs;
    }

    private List<LegResult> throughput() throws Exception {
        List<LegResult> results = new ArrayList<>();
        for (int round = 0; round < integer("rounds"); round++) {
            for (String leg : ABBA) {
                results.add(loadRun(leg, "closed", options.get("in-flight")));
            }
        }
        return results;
    }

    private void latency(List<LegResult> throughput) throws Exception {
        double rate;
        if (options.containsKey("rate")) {
            rate = Double.parseDouble(options.get("rate"));
        } else {
            List<LegResult> ra = throughput == null ? List.of() : throughput.stream().filter(r -> r.leg().equals("ra")).toList();
            if (ra.isEmpty()) {
                ra = List.of(loadRun("ra", "closed", options.get("in-flight")));
            }
            rate = median(ra.stream().map(LegResult::sessionsPerSecond).toList()) / 2;
        }
        List<LegResult> results = new ArrayList<>();
        for (int round = 0; round < integer("rounds"); round++) {
            for (String leg : ABBA) {
                results.add(loadRun(leg, "open", String.format(Locale.ROOT, "%.1f", rate)));
            }
        }
        report(String.format(Locale.ROOT, "latency (open loop at %.1f sessions/s = half the RA's max)", rate), results);
    }

    private LegResult loadRun(String leg, String mode, String load) throws Exception {
        try (ChildJvm ocs = ocs(false)) {
            String endpoint = ocs.await(OcsProcess.READY, 60);
            try (ChildJvm child = leg(leg, endpoint, List.of("-Xms512m", "-Xmx512m"), mode, load, options.get("warmup"),
                    options.get("duration"), options.get("max-warmup"))) {
                LegResult r = LegResult.decode(child.await(LegResult.PREFIX,
                        Math.max(integer("warmup"), integer("max-warmup")) + integer("duration") + 180L));
                out.println("  " + line(r));
                return r;
            }
        }
    }

    private void heap() throws Exception {
        out.println("== heap per open charging session (" + options.get("heap-sessions")
                + " sessions holding a reservation; OCS in its own JVM; serial GC, used heap after System.gc())");
        for (String leg : List.of("ra", "raw")) {
            try (ChildJvm ocs = ocs(false)) {
                String endpoint = ocs.await(OcsProcess.READY, 60);
                try (ChildJvm child = leg(leg, endpoint, List.of("-Xms1g", "-Xmx1g", "-XX:+UseSerialGC", "-XX:SoftRefLRUPolicyMSPerMB=0"), "heap",
                        options.get("heap-sessions"))) {
                    String[] f = child.await(HeapRun.PREFIX, 900).split(" ");
                    long sessions = Long.parseLong(f[1]);
                    long empty = Long.parseLong(f[3]);
                    long half = Long.parseLong(f[4]);
                    long full = Long.parseLong(f[5]);
                    long secondHalf = sessions - sessions / 2;
                    out.println(String.format(Locale.ROOT,
                            "  %-4s %d sessions (%s failed): used heap %.2f / %.2f / %.2f MiB at 0 / %d / %d sessions;"
                                    + " %.2f KiB per session (second half), %.2f KiB (all, first use included); %s",
                            leg, sessions, f[2], empty / 1048576.0, half / 1048576.0, full / 1048576.0, sessions / 2, sessions,
                            (full - half) / 1024.0 / secondHalf, (full - empty) / 1024.0 / sessions, f[6]));
                }
            }
        }
    }

    private ChildJvm ocs(boolean trace) throws Exception {
        String host = "ocs" + (++ocsRuns) + "." + OcsEndpoint.REALM;
        return ChildJvm.start("ocs", List.of("-Xms1g", "-Xmx1g"), OcsProcess.class,
                List.of(host, options.get("subscribers"), Boolean.toString(trace)), out::println);
    }

    private ChildJvm leg(String leg, String endpoint, List<String> jvm, String... task) throws Exception {
        List<String> args = new ArrayList<>(List.of(leg, endpoint, options.get("subscribers"), options.get("event-threads")));
        args.addAll(List.of(task));
        return ChildJvm.start(leg, jvm, LegProcess.class, args, out::println);
    }

    private void report(String title, List<LegResult> results) {
        out.println("== " + title);
        out.println(String.format(Locale.ROOT, "  %-4s %-6s %9s %9s %9s %9s %9s %9s %9s %9s %9s %7s %7s %7s", "leg", "mode", "sess/s",
                "CCR/s", "cpu us/s", "s.p50 ms", "s.p90 ms", "s.p99 ms", "r.p50 ms", "r.p90 ms", "r.p99 ms", "errors",
                "warm s", "jit %"));
        results.forEach(r -> out.println("  " + line(r)));
        Map<String, Double> medians = new TreeMap<>();
        Map<String, Histogram> merged = new TreeMap<>();
        for (String leg : List.of("ra", "raw")) {
            List<LegResult> mine = results.stream().filter(r -> r.leg().equals(leg)).toList();
            if (mine.isEmpty()) {
                return;
            }
            List<Double> rates = mine.stream().map(LegResult::sessionsPerSecond).toList();
            medians.put(leg, median(rates));
            Histogram h = new Histogram(3);
            mine.forEach(r -> h.add(r.sessionNanos()));
            merged.put(leg, h);
            List<Double> cpu = mine.stream().map(LegResult::cpuMicrosPerSession).toList();
            out.println(String.format(Locale.ROOT, "  %-4s median %.1f sessions/s (%.1f CCR/s), runs %s; leg CPU median %.1f us/session,"
                    + " runs %s; merged session p50 %.3f p90 %.3f p99 %.3f ms",
                    leg, medians.get(leg), medians.get(leg) * mine.get(0).ccrsPerSession(),
                    rates.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList(), median(cpu),
                    cpu.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList(),
                    h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(90) / 1e6, h.getValueAtPercentile(99) / 1e6));
        }
        double p99Ratio = (double) merged.get("ra").getValueAtPercentile(99) / merged.get("raw").getValueAtPercentile(99);
        if (results.get(0).mode().equals("closed")) {
            out.println(String.format(Locale.ROOT, "  ra/raw throughput ratio %.3f (target >= 0.7); session p99 ra/raw %.2f",
                    medians.get("ra") / medians.get("raw"), p99Ratio));
        } else {
            out.println(String.format(Locale.ROOT, "  session p99 ra/raw %.2f (target <= 2); reserve p99 ra/raw %.2f;"
                    + " a run that completed fewer sessions/s than the rate did not keep up", p99Ratio,
                    reserveP99(results, "ra") / reserveP99(results, "raw")));
        }
    }

    private static double reserveP99(List<LegResult> results, String leg) {
        Histogram h = new Histogram(3);
        results.stream().filter(r -> r.leg().equals(leg)).forEach(r -> h.add(r.reserveNanos()));
        return h.getValueAtPercentile(99);
    }

    private static String line(LegResult r) {
        return String.format(Locale.ROOT, "%-4s %-6s %9.1f %9.1f %9.1f %9.3f %9.3f %9.3f %9.3f %9.3f %9.3f %7d %7.1f %7.1f", r.leg(),
                r.mode(), r.sessionsPerSecond(), r.ccrsPerSecond(), r.cpuMicrosPerSession(), ms(r.sessionNanos(), 50),
                ms(r.sessionNanos(), 90), ms(r.sessionNanos(), 99), ms(r.reserveNanos(), 50), ms(r.reserveNanos(), 90),
                ms(r.reserveNanos(), 99), r.errors(), r.warmUpNanos() / 1e9, r.jitPercent());
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private int integer(String option) {
        return Integer.parseInt(options.get(option));
    }
}
