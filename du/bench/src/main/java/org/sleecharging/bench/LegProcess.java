package org.sleecharging.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One leg in its own JVM (jDiameter keeps JVM-wide state):
 * {@code LegProcess <ra|raw> <ocs host:realm:port> <subscribers> <eventThreads> <task> <task args...>} with
 * task {@code flow} (one session), {@code closed <inFlight> <warmupS> <durationS> <maxWarmupS>},
 * {@code open <sessionsPerSecond> <warmupS> <durationS> <maxWarmupS>} or {@code heap <sessions>}: the
 * warm-up lasts at least warmupS and goes on while the JIT is busy, at most maxWarmupS. Prints one
 * result line ({@link LegResult#PREFIX}, {@link HeapRun#PREFIX} or {@code BENCH-FLOW}).
 */
public final class LegProcess {

    private static final long OPEN_SETTLE_SECONDS = 5;

    private LegProcess() {
    }

    public static void main(String[] args) throws Exception {
        String legName = args[0];
        OcsEndpoint ocs = OcsEndpoint.parse(args[1]);
        int subscribers = Integer.parseInt(args[2]);
        int eventThreads = Integer.parseInt(args[3]);
        String task = args[4];
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path work = Files.createTempDirectory("ra-bench-");
        try (Leg leg = legName.equals("ra") ? new RaLeg(ocs, eventThreads, work) : new RawLeg(ocs)) {
            switch (task) {
                case "flow" -> out.println("BENCH-FLOW " + legName + " " + oneSession(leg));
                case "closed" -> out.println(new LoadRun(leg, subscribers).closed(legName, Integer.parseInt(args[5]),
                        warmUp(args[6], args[8]), Duration.ofSeconds(Long.parseLong(args[7]))).encode());
                case "open" -> out.println(open(legName, leg, subscribers, Double.parseDouble(args[5]),
                        warmUp(args[6], args[8]), Long.parseLong(args[7])).encode());
                case "heap" -> out.println(HeapRun.measure(legName, leg, Integer.parseInt(args[5]), subscribers));
                default -> throw new IllegalArgumentException("unknown task " + task);
            }
            if (leg instanceof RaLeg ra) {
                out.println("BENCH-NOTE ra: " + ra.lateReports() + " SBB reports after a session finished");
            } else if (leg instanceof RawLeg raw) {
                out.println("BENCH-NOTE raw: " + raw.terminationErrors() + " CCR-T without a 2001 answer");
            }
        }
        // jDiameter leaves non-daemon threads behind after stop.
        System.exit(0);
    }

    /**
     * A fixed rate started on a cold JVM builds a backlog while code is compiled, and the measured
     * window would mostly show it draining: warm up in a closed loop first, then start the fixed
     * rate and let it settle before measuring.
     */
    private static LegResult open(String legName, Leg leg, int subscribers, double perSecond, LoadRun.WarmUp warmUp,
            long measureSeconds) throws InterruptedException {
        Duration half = warmUp.least().dividedBy(2);
        LegResult warm = new LoadRun(leg, subscribers).closed(legName, 16,
                new LoadRun.WarmUp(half, warmUp.most().minus(warmUp.least()).plus(half)), warmUp.least().minus(half));
        LegResult measured = new LoadRun(leg, subscribers).open(legName, perSecond,
                LoadRun.WarmUp.exactly(Duration.ofSeconds(OPEN_SETTLE_SECONDS)), Duration.ofSeconds(measureSeconds));
        return measured.withWarmUpNanos(warm.warmUpNanos() + warm.measuredNanos() + measured.warmUpNanos());
    }

    private static LoadRun.WarmUp warmUp(String leastSeconds, String mostSeconds) {
        return new LoadRun.WarmUp(Duration.ofSeconds(Long.parseLong(leastSeconds)), Duration.ofSeconds(Long.parseLong(mostSeconds)));
    }

    private static String oneSession(Leg leg) throws InterruptedException {
        CountDownLatch finished = new CountDownLatch(1);
        String[] outcome = {"timeout"};
        leg.start(1, LoadRun.user(1, 1), Leg.SessionMode.SCUR, new Leg.SessionListener() {
            @Override
            public void reserved(long nanos) {
            }

            @Override
            public void done() {
                outcome[0] = "done";
                finished.countDown();
            }

            @Override
            public void failed(String why) {
                outcome[0] = "failed " + why;
                finished.countDown();
            }
        });
        finished.await(30, TimeUnit.SECONDS);
        Thread.sleep(1000); // the CCR-T goes out after release returns
        return outcome[0];
    }
}
