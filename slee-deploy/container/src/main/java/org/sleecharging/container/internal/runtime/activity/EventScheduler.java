package org.sleecharging.container.internal.runtime.activity;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs activity event queues on a bounded pool (JSLEE 1.1 §8.2): each activity has at most one
 * task in the pool at a time, so its events are processed in order and one at a time, while
 * different activities run in parallel. A task processes one event and re-queues itself, so a busy
 * activity cannot starve the others.
 */
public final class EventScheduler {
  private static final Logger LOG = LoggerFactory.getLogger(EventScheduler.class);

  private final ExecutorService pool;
  private volatile EventProcessor processor;

  public EventScheduler(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("event router threads must be >= 1: " + threads);
    }
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t = new Thread(r, "slee-event-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    pool =
        new ThreadPoolExecutor(
            threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), factory);
  }

  public void processor(EventProcessor processor) {
    this.processor = processor;
  }

  public void submit(ActivityContextImpl ac, EventEnvelope envelope) {
    ac.queue().add(envelope);
    schedule(ac);
  }

  /** Runs the activity's reference checks soon, even with an empty queue (§7.3.4). */
  public void poke(ActivityContextImpl ac) {
    schedule(ac);
  }

  /** Resumes delivery after {@code suspendActivity} (§15.11.5). */
  public void resume(ActivityContextImpl ac) {
    ac.suspended(false);
    schedule(ac);
  }

  private void schedule(ActivityContextImpl ac) {
    if (!ac.isSuspended() && ac.scheduled().compareAndSet(false, true)) {
      pool.execute(() -> drainOne(ac));
    }
  }

  private void drainOne(ActivityContextImpl ac) {
    try {
      if (ac.isSuspended()) {
        return;
      }
      EventEnvelope envelope = ac.queue().poll();
      if (envelope != null) {
        processor.process(ac, envelope);
      }
      if (ac.queue().isEmpty()) {
        processor.queueDrained(ac);
      }
    } catch (RuntimeException | Error e) {
      LOG.error("event processing on {} failed", ac, e);
    } finally {
      ac.scheduled().set(false);
    }
    if (!ac.queue().isEmpty()) {
      schedule(ac);
    }
  }

  public void close() {
    pool.shutdownNow();
  }
}
