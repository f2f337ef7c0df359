package org.sleecharging.ocs.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.MsccRequest;
import org.sleecharging.ocs.OcsConfig;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.ServiceUnits;
import org.sleecharging.ocs.SubscriptionId;
import org.sleecharging.ocs.UnitType;
import org.sleecharging.ocs.client.RawRoClient;

/**
 * Keeps {@code inFlight} SCUR sessions (CCR-I, U, U, T) running back to back on one raw Ro
 * client and records each CCR→CCA round trip in an HdrHistogram once the warm-up is over.
 */
public final class ScurLoad {
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    static final long RATING_GROUP = 1;

    private final RawRoClient client;
    private final int inFlight;
    private final int subscribers;
    private final Recorder latencies = new Recorder(TimeUnit.SECONDS.toNanos(10), 3);
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong sessionCounter = new AtomicLong();
    private volatile boolean recording;
    private volatile boolean stopping;
    private CountDownLatch loopsDone;

    /** What one run measured. */
    public record Result(long ccrs, long errors, Duration measured, Histogram latencyNanos, CpuMeter.Usage cpu) {
        public double ccrPerSecond() {
            return ccrs / (measured.toNanos() / 1e9);
        }

        /** Process CPU per answered CCR, in microseconds. */
        public double cpuMicrosPerCcr() {
            return perCcr(cpu.processNanos());
        }

        public double serverCpuMicrosPerCcr() {
            return perCcr(cpu.serverNanos());
        }

        public double clientCpuMicrosPerCcr() {
            return perCcr(cpu.clientNanos());
        }

        /** GC, JIT and other JVM threads. */
        public double otherCpuMicrosPerCcr() {
            return perCcr(cpu.otherNanos());
        }

        private double perCcr(long nanos) {
            return ccrs == 0 ? 0 : nanos / 1e3 / ccrs;
        }

        /** One line: counts, nanoseconds and the compressed histogram in Base64. */
        public String encode() {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(latencyNanos.getNeededByteBufferCapacity());
            int length = latencyNanos.encodeIntoCompressedByteBuffer(buffer);
            return ccrs + " " + errors + " " + measured.toNanos() + " " + cpu.encode() + " "
                    + java.util.Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buffer.array(), length));
        }

        public static Result decode(String line) throws java.util.zip.DataFormatException {
            String[] f = line.trim().split(" ");
            Histogram h = Histogram.decodeFromCompressedByteBuffer(
                    java.nio.ByteBuffer.wrap(java.util.Base64.getDecoder().decode(f[6])), 0);
            CpuMeter.Usage cpu = new CpuMeter.Usage(Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]));
            return new Result(Long.parseLong(f[0]), Long.parseLong(f[1]), Duration.ofNanos(Long.parseLong(f[2])), h, cpu);
        }

        /** Both runs as one: counts and times added, histograms merged. */
        public static Result merge(Result a, Result b) {
            if (a == null) {
                return b;
            }
            Histogram h = a.latencyNanos.copy();
            h.add(b.latencyNanos);
            return new Result(a.ccrs + b.ccrs, a.errors + b.errors, a.measured.plus(b.measured), h, a.cpu.plus(b.cpu));
        }

        public double percentileMillis(double p) {
            return latencyNanos.getValueAtPercentile(p) / 1e6;
        }
    }

    public ScurLoad(RawRoClient client, int inFlight, int subscribers) {
        this.client = client;
        this.inFlight = inFlight;
        this.subscribers = subscribers;
    }

    /**
     * Runs the load; {@code cpu} measures the CPU time of the measured window. The warm-up lasts
     * {@code warmUp}, longer while the JIT is busy ({@link JitWarmUp}), at most {@code maxWarmUp}.
     */
    public Result run(Duration warmUp, Duration maxWarmUp, Duration measure, CpuMeter cpu) throws InterruptedException {
        loopsDone = new CountDownLatch(inFlight);
        for (int i = 0; i < inFlight; i++) {
            startSession();
        }
        JitWarmUp.await(warmUp, maxWarmUp);
        latencies.getIntervalHistogram();
        long before = completed.get();
        long errorsBefore = errors.get();
        recording = true;
        cpu.start();
        long start = System.nanoTime();
        Thread.sleep(measure.toMillis());
        Histogram h = latencies.getIntervalHistogram();
        long elapsed = System.nanoTime() - start;
        long ccrs = completed.get() - before;
        CpuMeter.Usage used = cpu.stop();
        recording = false;
        stopping = true;
        loopsDone.await(30, TimeUnit.SECONDS);
        return new Result(ccrs, errors.get() - errorsBefore, Duration.ofNanos(elapsed), h, used);
    }

    private void startSession() {
        if (stopping) {
            loopsDone.countDown();
            return;
        }
        long n = sessionCounter.incrementAndGet();
        String subscriber = "4900" + (n % subscribers);
        step(client.newSessionId(), subscriber, 0);
    }

    private void step(String sessionId, String subscriber, int number) {
        CreditControlRequest ccr = request(sessionId, subscriber, number);
        long t0 = System.nanoTime();
        client.send(ccr, ANSWER_TIMEOUT).whenComplete((answer, failure) -> {
            long latency = System.nanoTime() - t0;
            if (recording) {
                latencies.recordValue(Math.min(latency, TimeUnit.SECONDS.toNanos(10)));
            }
            if (failure != null || answer.resultCode() != 2001) {
                errors.incrementAndGet();
                client.release(sessionId);
                startSession();
                return;
            }
            completed.incrementAndGet();
            if (number == 3) {
                startSession();
            } else {
                step(sessionId, subscriber, number + 1);
            }
        });
    }

    /** SCUR: I reserves 60 s, each U reports 60 s and reserves 60 s more, T reports 30 s (RFC 4006 §6.1). */
    static CreditControlRequest request(String sessionId, String subscriber, int number) {
        RequestType type = number == 0 ? RequestType.INITIAL : number == 3 ? RequestType.TERMINATION : RequestType.UPDATE;
        ServiceUnits reserve = ServiceUnits.of(UnitType.TIME, 60);
        MsccRequest mscc = switch (type) {
            case INITIAL -> new MsccRequest(RATING_GROUP, null, reserve, null);
            case UPDATE -> new MsccRequest(RATING_GROUP, null, reserve, reserve);
            default -> new MsccRequest(RATING_GROUP, null, null, ServiceUnits.of(UnitType.TIME, 30));
        };
        return new CreditControlRequest(sessionId, type, number, List.of(SubscriptionId.e164(subscriber)),
                OcsConfig.RO_SERVICE_CONTEXT, null, List.of(mscc), false, null);
    }
}
