package org.sleecharging.container.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import javax.slee.resource.ConfigProperties;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sleecharging.container.EmbeddedSlee;
import org.sleecharging.container.testdu.TestDus;

/**
 * Event routing throughput of the embedded container with the test DUs (issue #2 §5):
 * {@link #initialEventCreatesHandlesAndRemovesRootEntity} fires initial events with fresh
 * convergence names (each creates a root SBB entity, which handles the event, detaches and is
 * removed); {@link #eventToAttachedEntity} fires events to root entities already attached. Events
 * are spread over {@link #ACTIVITIES} activities so the event threads run in parallel; each
 * invocation waits until the SBBs have handled the whole batch (counted by their reports: the
 * handler's, and for fresh entities also sbbRemove's).
 *
 * <p>Run: {@code mvn -pl slee-deploy/container -am test-compile exec:exec -Pbench} (see README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class EventRoutingBenchmark {
  static final int ACTIVITIES = 8;
  static final int BATCH = 2_000;

  private EmbeddedSlee slee;
  private Function<String, String> ra;
  private Path dir;
  private static final long POLL_NANOS = 20_000;
  private static final com.sun.management.OperatingSystemMXBean CPU =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private long eventsFired;
  private long iterationEvents;
  private long iterationCpuNanos;
  /** Reports the SBBs must have made: one per event, plus one "removed" per fresh root entity. */
  private long expectedReports;
  private long sequence;

  @Setup(Level.Trial)
  @SuppressWarnings("unchecked")
  public void start() throws Exception {
    dir = Files.createTempDirectory("slee-bench");
    slee = EmbeddedSlee.builder().registerMBeans(false).start();
    slee.deploy(TestDus.raDu(dir));
    slee.createResourceAdaptorEntity(TestDus.PING_RA, "ping", new ConfigProperties());
    slee.activateResourceAdaptorEntity("ping");
    slee.bindLinkName("ping", TestDus.LINK);
    slee.deploy(TestDus.serviceDu(dir));
    slee.activateService(TestDus.PING_SERVICE);
    ra = slee.resourceAdaptor("ping", Function.class);
    ra.apply("quiet");
    for (int a = 0; a < ACTIVITIES; a++) {
      ra.apply("start A" + a);
      ra.apply("fire A" + a + " attached" + a + " count");
      expectedReports++;
    }
    awaitHandled();
  }

  @TearDown(Level.Trial)
  public void stop() {
    slee.close();
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void initialEventCreatesHandlesAndRemovesRootEntity() throws InterruptedException {
    for (int i = 0; i < BATCH; i++) {
      ra.apply("fire A" + (i % ACTIVITIES) + " fresh" + (sequence++) + " detach");
    }
    expectedReports += 2 * BATCH;
    eventsFired += BATCH;
    awaitHandled();
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void eventToAttachedEntity() throws InterruptedException {
    for (int i = 0; i < BATCH; i++) {
      int a = i % ACTIVITIES;
      ra.apply("fire A" + a + " attached" + a + " noop");
    }
    expectedReports += BATCH;
    eventsFired += BATCH;
    awaitHandled();
  }

  /** Polls every 20 us rather than spinning, so waiting costs the event threads no core. */
  private void awaitHandled() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (Long.parseLong(ra.apply("reportCount")) < expectedReports) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("events not handled within 60 s: " + ra.apply("reportCount")
            + " of " + expectedReports);
      }
      LockSupport.parkNanos(POLL_NANOS);
    }
  }

  @Setup(Level.Iteration)
  public void startCpuClock() {
    iterationCpuNanos = CPU.getProcessCpuTime();
    iterationEvents = eventsFired;
  }

  /**
   * Process CPU time per event over the iteration (event threads, the firing thread, GC, JIT):
   * unlike throughput it hardly depends on what else the shared machine runs.
   */
  @TearDown(Level.Iteration)
  public void reportCpuPerEvent() {
    long events = eventsFired - iterationEvents;
    if (events > 0) {
      double micros = (CPU.getProcessCpuTime() - iterationCpuNanos) / 1000.0 / events;
      System.out.printf(" [cpu %.1f us/event]", micros);
    }
  }
}
