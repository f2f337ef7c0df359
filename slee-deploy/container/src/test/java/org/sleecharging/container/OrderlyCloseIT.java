package org.sleecharging.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import javax.slee.resource.ConfigProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleecharging.container.testdu.TestDus;

/**
 * Closing the container while an RA fires a stream of events (each creating, running and removing
 * a root SBB entity) stops it in order: RA entity deactivated and unconfigured, activities ended,
 * no exception logged by any thread, no container thread left.
 */
class OrderlyCloseIT {
  private static final int ACTIVITIES = 4;
  private static final int IN_FLIGHT = 200;

  @TempDir Path dir;

  @Test
  @SuppressWarnings("unchecked")
  void closeUnderAStreamOfEventsLogsNoExceptionAndLeavesNoThread() throws Exception {
    String name = "close-it-" + System.nanoTime();
    EmbeddedSlee slee = EmbeddedSlee.builder().name(name).registerMBeans(false).eventThreads(4)
        .start();
    slee.deploy(TestDus.raDu(dir));
    slee.createResourceAdaptorEntity(TestDus.PING_RA, "ping", new ConfigProperties());
    slee.activateResourceAdaptorEntity("ping");
    slee.bindLinkName("ping", TestDus.LINK);
    slee.deploy(TestDus.serviceDu(dir));
    slee.activateService(TestDus.PING_SERVICE);
    Function<String, String> ra = slee.resourceAdaptor("ping", Function.class);
    ra.apply("quiet");
    for (int a = 0; a < ACTIVITIES; a++) {
      ra.apply("start A" + a);
    }
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong fired = new AtomicLong();
    AtomicReference<RuntimeException> refusal = new AtomicReference<>();
    Thread firer = new Thread(() -> {
      while (!stop.get()) {
        long i = fired.get();
        // at most IN_FLIGHT events queued (each handled event makes two reports: handler and
        // sbbRemove), so that ending the activities never waits on a long backlog
        if (i - Long.parseLong(ra.apply("reportCount")) / 2 > IN_FLIGHT) {
          LockSupport.parkNanos(100_000);
          continue;
        }
        try {
          ra.apply("fire A" + (i % ACTIVITIES) + " k" + i + " detach");
        } catch (RuntimeException e) {
          refusal.set(e); // the RA entity stopped or its activity ended: the stream ends
          return;
        }
        fired.incrementAndGet();
      }
    }, "test-firer");
    firer.start();
    await().atMost(Duration.ofSeconds(20))
        .until(() -> Long.parseLong(ra.apply("reportCount")) > 2_000);

    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      slee.close();
      stop.set(true);
      firer.join(10_000);
    } finally {
      System.setErr(err);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    err.print(log);

    assertThat(firer.isAlive()).isFalse();
    assertThat(log).doesNotContain("Exception").doesNotContain(" WARN ").doesNotContain(" ERROR ");
    assertThat(log).contains("embedded JAIN SLEE '" + name + "' stopped");
    List<String> calls = List.of(ra.apply("calls").split(","));
    assertThat(calls.subList(calls.indexOf("raStopping"), calls.size()))
        .containsSubsequence("raStopping", "raInactive", "raUnconfigure",
            "unsetResourceAdaptorContext");
    assertThat(ra.apply("activities")).isEmpty();
    assertThat(ra.apply("reports")).contains("activityEnded A0", "activityEnded A3");
    assertThat(liveThreadsOf(name)).isEmpty();
  }

  @Test
  void closeOfAnIdleContainerIsIdempotent() {
    String name = "close-idle-" + System.nanoTime();
    EmbeddedSlee slee = EmbeddedSlee.builder().name(name).registerMBeans(false).start();
    slee.close();
    slee.close();
    assertThat(liveThreadsOf(name)).isEmpty();
  }

  private static List<String> liveThreadsOf(String containerName) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith(containerName + "-"))
        .toList();
  }
}
