package org.sleecharging.launcher.load;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.slee.Address;
import javax.slee.AddressPlan;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.NetworkDriver;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.NetworkActivityId;

/**
 * IEC message load through the whole stack: network simulator → feature service → charging
 * manager → charging RA → Ro → OCS and back. One operation is a message submitted until the
 * service accepts it (one direct-debit round trip on Ro); the network then reports delivery. A
 * refusal or a timeout counts as an error.
 */
public final class SleeLoad {
  private static final long MAX_LATENCY = TimeUnit.SECONDS.toNanos(30);
  private static final Address RECIPIENT = new Address(AddressPlan.E164, "491700000001");

  private final NetworkDriver network;
  private final LoadOptions options;
  private final Recorder latencies = new Recorder(MAX_LATENCY, 3);
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicLong completed = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong outstanding = new AtomicLong();
  private final ExecutorService continuations = Executors.newFixedThreadPool(2, daemon("load-next"));
  private volatile boolean recording;
  private volatile boolean stopping;

  public SleeLoad(NetworkDriver network, LoadOptions options) {
    this.network = network;
    this.options = options;
  }

  public LoadResult run() throws InterruptedException {
    ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor(daemon("load-pacer"));
    try {
      if (options.openLoop()) {
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / options.rate();
        pacer.scheduleAtFixedRate(this::submitPaced, 0, Math.max(1, periodNanos), TimeUnit.NANOSECONDS);
      } else {
        for (int i = 0; i < options.inFlight(); i++) {
          submit(true);
        }
      }
      Thread.sleep(options.warmup().toMillis()); // pacing of the load run itself
      latencies.getIntervalHistogram();
      long before = completed.get();
      long errorsBefore = errors.get();
      recording = true;
      long start = System.nanoTime();
      Thread.sleep(options.duration().toMillis());
      Histogram h = latencies.getIntervalHistogram();
      long elapsed = System.nanoTime() - start;
      recording = false;
      stopping = true;
      return new LoadResult("SLEE", "msg", completed.get() - before, errors.get() - errorsBefore,
          Duration.ofNanos(elapsed), h);
    } finally {
      stopping = true;
      pacer.shutdownNow();
      drain();
      continuations.shutdown();
      continuations.awaitTermination(30, TimeUnit.SECONDS);
    }
  }

  /** Lets messages still in flight finish (accepted ones are delivered), so none is left behind. */
  private void drain() throws InterruptedException {
    long deadline = System.nanoTime() + MAX_LATENCY;
    while (outstanding.get() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10); // pacing of the load run itself
    }
  }

  private void submitPaced() {
    if (outstanding.get() < options.inFlight() * 64L) {
      submit(false);
    }
  }

  private void submit(boolean loop) {
    if (stopping) {
      return;
    }
    long n = sequence.incrementAndGet();
    long t0 = System.nanoTime();
    outstanding.incrementAndGet();
    CompletableFuture<SbbAction> action;
    NetworkActivityId id;
    try {
      id = network.submitMessage(LoadSubscribers.address(n, options.subscribers()), RECIPIENT, 1);
      action = network.takeAction(id);
    } catch (RuntimeException e) {
      errors.incrementAndGet();
      outstanding.decrementAndGet();
      return;
    }
    action.orTimeout(MAX_LATENCY, TimeUnit.NANOSECONDS).whenCompleteAsync((a, failure) -> {
      long latency = System.nanoTime() - t0;
      if (recording) {
        latencies.recordValue(Math.min(latency, MAX_LATENCY));
      }
      try {
        if (failure == null && a.kind() == ActionKind.MESSAGE_ACCEPTED) {
          completed.incrementAndGet();
          network.messageDelivered(id);
        } else {
          errors.incrementAndGet();
        }
      } finally {
        outstanding.decrementAndGet();
        if (loop) {
          submit(true);
        }
      }
    }, continuations);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
