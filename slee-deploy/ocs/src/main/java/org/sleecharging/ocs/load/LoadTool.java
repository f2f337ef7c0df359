package org.sleecharging.ocs.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sleecharging.ocs.AccountConfig;
import org.sleecharging.ocs.OcsConfig;
import org.sleecharging.ocs.OcsSimulator;
import org.sleecharging.ocs.Reconciliation;
import org.sleecharging.ocs.Tariff;
import org.sleecharging.ocs.UnitType;
import org.sleecharging.ocs.client.RawRoClient;
import org.sleecharging.ocs.internal.diameter.DiameterServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Raw jDiameter Ro client → server throughput on loopback: a trivial always-2001 jDiameter server
 * (the ceiling) and the OCS simulator, with the same client, session mix and in-flight count, in
 * ABBA rounds of fresh JVMs. Prints CCR/s, latency percentiles and CPU per CCR of every leg, each
 * round's ratio and the median ratio; the simulator must stay at or above 0.9 of the trivial server.
 */
@Command(name = "ocs-load", mixinStandardHelpOptions = true,
        description = "SCUR (I,U,U,T) load from a raw jDiameter Ro client against a trivial server and the OCS simulator.")
public final class LoadTool implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(LoadTool.class);

    @Option(names = "--duration", defaultValue = "20", description = "Measured seconds per target (default ${DEFAULT-VALUE})")
    private int durationSeconds;

    @Option(names = "--warmup", defaultValue = "20",
            description = "Least warm-up seconds per leg; C2 is still compiling the hot paths after 5-10 s on 2 cores (default ${DEFAULT-VALUE})")
    private int warmupSeconds;

    @Option(names = "--max-warmup", defaultValue = "120",
            description = "After --warmup, the leg warms up on until its JIT is quiet (under 5 % of each of three 2 s windows compiling), "
                    + "at most this many seconds in all (default ${DEFAULT-VALUE}; equal to --warmup for a fixed warm-up)")
    private int maxWarmupSeconds;

    @Option(names = "--in-flight", defaultValue = "64", description = "Sessions in flight (default ${DEFAULT-VALUE})")
    private int inFlight;

    @Option(names = "--subscribers", defaultValue = "1000", description = "Accounts on the simulator (default ${DEFAULT-VALUE})")
    private int subscribers;

    @Option(names = "--answer-cache", defaultValue = "5000",
            description = "Sessions the OCS remembers for retransmissions (default ${DEFAULT-VALUE}; no retransmissions in this load)")
    private int answerCache;

    @Option(names = "--cpu-threads", description = "Also print the measured window's CPU time by thread name and side")
    private boolean cpuThreads;

    @Option(names = "--target", defaultValue = "both", description = "trivial, ocs or both (default ${DEFAULT-VALUE})")
    private String target;

    /**
     * jDiameter 1.7.1 registers per-peer statistics JVM-wide and refuses a second client stack
     * connecting to a peer of the same name, so every run gets its own Origin-Host.
     */
    private int runs;

    private static final String RESULT_PREFIX = "LOAD-RESULT ";

    @Option(names = "--emit-result", hidden = true, description = "Child JVM mode: print the encoded result")
    private boolean emit;

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadTool()).execute(args));
    }

    @Option(names = "--rounds", defaultValue = "1",
            description = "ABBA rounds with --target both: each round runs trivial, ocs, ocs, trivial in fresh JVMs; "
                    + "every leg and each round's ratio are printed, then the median ratio (default ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--jvm-option", paramLabel = "OPTION",
            description = "JVM option for every child JVM, trivial and OCS legs alike (repeatable), e.g. --jvm-option=-Xmn512m")
    private List<String> jvmOptions = new ArrayList<>();

    private final java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    @Override
    public Integer call() throws Exception {
        List<String> order = switch (target) {
            case "ocs" -> List.of("ocs");
            case "trivial" -> List.of("trivial");
            case "both" -> List.of("trivial", "ocs", "ocs", "trivial");
            default -> throw new CommandLine.ParameterException(new CommandLine(this), "Unknown --target " + target);
        };
        if (rounds < 1 || (rounds > 1 && order.size() == 1)) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--rounds must be at least 1, and more than 1 only with --target both");
        }
        Rounds run = new Rounds();
        if (!emit) {
            LOG.info(header());
        }
        for (int round = 1; round <= rounds; round++) {
            for (String t : order) {
                ScurLoad.Result r = order.size() == 1 ? runHere(t) : runInChildJvm(t);
                Rounds.Leg leg = new Rounds.Leg(round, t, r, os.getSystemLoadAverage());
                run.add(leg);
                if (!emit) {
                    LOG.info(line(t, r) + String.format(Locale.ROOT, "  (round %d/%d, load %.1f)", round, rounds,
                            leg.loadAverage()));
                }
            }
            Rounds.Ratio ratio = run.ratio(round);
            if (ratio != null) {
                LOG.info(ratio.describe());
            }
        }
        ScurLoad.Result trivial = run.merged(0, "trivial");
        ScurLoad.Result ocs = run.merged(0, "ocs");
        if (emit) {
            LOG.info(RESULT_PREFIX + (trivial != null ? trivial : ocs).encode());
            return 0;
        }
        summarise(run, trivial, ocs);
        return 0;
    }

    private void summarise(Rounds run, ScurLoad.Result trivial, ScurLoad.Result ocs) {
        LOG.info("all legs together:");
        LOG.info(header());
        if (trivial != null) {
            LOG.info(line("trivial", trivial));
        }
        if (ocs != null) {
            LOG.info(line("ocs", ocs));
        }
        if (trivial == null || ocs == null) {
            return;
        }
        double[] throughput = new double[rounds];
        double[] cpu = new double[rounds];
        double[] serverCpu = new double[rounds];
        for (int round = 1; round <= rounds; round++) {
            Rounds.Ratio r = run.ratio(round);
            throughput[round - 1] = r.throughput();
            cpu[round - 1] = r.cpu();
            serverCpu[round - 1] = r.serverCpu();
        }
        double[] load = run.legs().stream().mapToDouble(Rounds.Leg::loadAverage).toArray();
        LOG.info(String.format(Locale.ROOT,
                "ocs/trivial throughput ratio: median %.3f over %d round(s) (%.3f-%.3f) (must be >= 0.9); load average %.1f-%.1f",
                Rounds.median(throughput), rounds, java.util.Arrays.stream(throughput).min().orElse(0),
                java.util.Arrays.stream(throughput).max().orElse(0), java.util.Arrays.stream(load).min().orElse(0),
                java.util.Arrays.stream(load).max().orElse(0)));
        LOG.info(String.format(Locale.ROOT, "trivial/ocs CPU-per-CCR ratio: median %.3f (process), %.3f (server threads)",
                Rounds.median(cpu), Rounds.median(serverCpu)));
    }

    private static String header() {
        return String.format(Locale.ROOT, "%-8s %10s %8s %8s %8s %8s %8s %7s %9s %9s %9s %9s", "target", "CCR/s",
                "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms", "errors", "CPU µs", "server µs", "client µs",
                "other µs");
    }

    private ScurLoad.Result runHere(String t) throws Exception {
        return t.equals("trivial") ? runTrivial() : runOcs();
    }

    /**
     * Each leg runs in a fresh JVM: jDiameter 1.7.1 leaves threads and JVM-wide peer statistics
     * behind after stop, which would penalise (or break) whichever leg runs second.
     */
    private ScurLoad.Result runInChildJvm(String t) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LoadTool.class.getName(),
                "--target", t, "--emit-result", "--duration", String.valueOf(durationSeconds),
                "--warmup", String.valueOf(warmupSeconds), "--max-warmup", String.valueOf(maxWarmupSeconds),
                "--in-flight", String.valueOf(inFlight),
                "--subscribers", String.valueOf(subscribers), "--answer-cache", String.valueOf(answerCache),
                "--cpu-threads=" + cpuThreads));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                int at = line.indexOf(RESULT_PREFIX);
                if (at >= 0) {
                    result = line.substring(at + RESULT_PREFIX.length());
                } else if (line.contains("LoadTool")) {
                    LOG.info("[{}] {}", t, line);
                }
            }
        }
        if (p.waitFor() != 0 || result == null) {
            throw new IllegalStateException("Load leg " + t + " failed with exit code " + p.exitValue());
        }
        return ScurLoad.Result.decode(result);
    }

    private ScurLoad.Result runTrivial() throws Exception {
        OcsConfig c = OcsConfig.builder().listen("127.0.0.1", 0).originHost("trivial-" + (++runs) + ".sleecharging.org").build();
        int port = freePort();
        CpuMeter.Groups groups = CpuMeter.before();
        DiameterServer server = new DiameterServer(null);
        server.start(c.originHost(), c.originRealm(), c.listenAddress(), port, c.messageTimeout());
        groups.serverStarted();
        try (RawRoClient client = RawRoClient.connect(c.originHost(), c.originRealm(), c.listenAddress(), port)) {
            return measure(client, groups.clientStarted());
        } finally {
            server.stop();
        }
    }

    private ScurLoad.Result runOcs() throws Exception {
        OcsConfig.Builder b = OcsConfig.builder().listen("127.0.0.1", 0).ledgerRetention(0).recordedRequests(0)
                .answerCacheSize(answerCache)
                .originHost("ocs-" + (++runs) + ".sleecharging.org")
                .tariff(Tariff.perUnit(ScurLoad.RATING_GROUP, UnitType.TIME, "EUR", "0.001"));
        for (int i = 0; i < subscribers; i++) {
            b.account(AccountConfig.builder("a" + i).subscriptionId("4900" + i).money("EUR", "1000000000").build());
        }
        OcsConfig config = b.build();
        CpuMeter.Groups groups = CpuMeter.before();
        try (OcsSimulator ocs = startedWith(config, groups);
             RawRoClient client = RawRoClient.connect(ocs.config().originHost(), ocs.config().originRealm(), "127.0.0.1",
                     ocs.port())) {
            ScurLoad.Result result = measure(client, groups.clientStarted());
            Reconciliation r = ocs.reconcile();
            LOG.info("ocs: {} CCRs served, reconciliation {}, {} reservations live", ocs.requestCount(),
                    r.isConsistent() ? "consistent" : r.problems(), r.liveReservations());
            return result;
        }
    }

    private static OcsSimulator startedWith(OcsConfig config, CpuMeter.Groups groups) {
        OcsSimulator ocs = OcsSimulator.start(config);
        groups.serverStarted();
        return ocs;
    }

    private ScurLoad.Result measure(RawRoClient client, CpuMeter cpu) throws InterruptedException {
        ScurLoad.Result result = new ScurLoad(client, inFlight, subscribers).run(Duration.ofSeconds(warmupSeconds),
                Duration.ofSeconds(maxWarmupSeconds), Duration.ofSeconds(durationSeconds), cpu);
        if (cpuThreads) {
            LOG.info("CPU by thread in the measured window (LoadTool):{}", cpu.breakdown());
        }
        return result;
    }

    private static String line(String name, ScurLoad.Result r) {
        return String.format(Locale.ROOT, "%-8s %10.0f %8.3f %8.3f %8.3f %8.3f %8.3f %7d %9.1f %9.1f %9.1f %9.1f", name,
                r.ccrPerSecond(), r.percentileMillis(50), r.percentileMillis(90), r.percentileMillis(99),
                r.percentileMillis(99.9), r.latencyNanos().getMaxValue() / 1e6, r.errors(), r.cpuMicrosPerCcr(),
                r.serverCpuMicrosPerCcr(), r.clientCpuMicrosPerCcr(), r.otherCpuMicrosPerCcr());
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
