package org.sleecharging.container.internal.runtime.activity;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.sleecharging.container.internal.runtime.thread.SleeThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs activity event queues on a bounded pool (JSLEE 1.1 §8.2): each activity has at most one
 * task in the pool at a time, so its events are processed in order and one at a time, while
 * different activities run in parallel. A task processes at most {@link #EVENTS_PER_TURN} events
 * and then re-queues itself, so a busy activity cannot starve the others.
 *
 * <p>Closing is orderly: {@link #awaitIdle} lets the caller drain the queues first; {@link #close}
 * then lets running deliveries finish, drops what is still queued (counted, never thrown at the
 * thread that fired) and waits for the threads to end.
 */
public final class EventScheduler {
  private static final Logger LOG = LoggerFactory.getLogger(EventScheduler.class);
  /** Events of one activity processed by one task before the others get a turn. */
  static final int EVENTS_PER_TURN = 8;

  private final ThreadPoolExecutor pool;
  private final AtomicInteger pending = new AtomicInteger();
  private final AtomicLong dropped = new AtomicLong();
  private final Object idle = new Object();
  private volatile EventProcessor processor;
  private volatile boolean closed;

  public EventScheduler(int threads) {
    this(threads, "slee");
  }

  /** {@code threadPrefix} names the threads {@code <prefix>-event-<n>}. */
  public EventScheduler(int threads, String threadPrefix) {
    if (threads < 1) {
      throw new IllegalArgumentException("event router threads must be >= 1: " + threads);
    }
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t = new SleeThread(r, threadPrefix + "-event-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    pool =
        new ThreadPoolExecutor(
            threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), factory,
            (task, executor) -> taskRefused());
  }

  public void processor(EventProcessor processor) {
    this.processor = processor;
  }

  /** Queues the event; once closed it is dropped and counted in {@link #droppedEvents()}. */
  public void submit(ActivityContextImpl ac, EventEnvelope envelope) {
    if (closed) {
      dropped.incrementAndGet();
      return;
    }
    ac.queue().add(envelope);
    ac.used(System.nanoTime());
    schedule(ac);
  }

  /** Runs the activity's reference checks soon, even with an empty queue (§7.3.4). */
  public void poke(ActivityContextImpl ac) {
    schedule(ac);
  }

  /** Continues a suspended event delivery (§8.6.3) before any other event of the activity. */
  public void resumeDelivery(ActivityContextImpl ac, SuspendedDelivery delivery) {
    if (ac.resumeDelivery(delivery)) {
      schedule(ac);
    }
  }

  /** Continues a suspended event delivery of the activity, whoever suspended it (closing). */
  public void resumeAnyDelivery(ActivityContextImpl ac) {
    if (ac.resumeAnyDelivery()) {
      schedule(ac);
    }
  }

  /** Resumes delivery after {@code suspendActivity} (§15.11.5). */
  public void resume(ActivityContextImpl ac) {
    ac.suspended(false);
    schedule(ac);
  }

  private void schedule(ActivityContextImpl ac) {
    if (!closed && !ac.isSuspended() && !ac.isDeliverySuspended()
        && ac.scheduled().compareAndSet(false, true)) {
      pending.incrementAndGet();
      pool.execute(() -> drain(ac));
    }
  }

  /** Only after {@link #close}: the task's activity is dropped with its queue. */
  private void taskRefused() {
    done();
  }

  /**
   * Processes the activity's queued events one after another, at most {@link #EVENTS_PER_TURN}, on
   * this thread: an event an SBB or RA fires on the activity while one of its events is processed
   * (a Res answered at once, the ActivityEndEvent after an end request) follows without another
   * trip through the pool. Order and one-at-a-time hold as before: only the task holding the
   * activity's {@code scheduled} flag takes from its queue.
   */
  private void drain(ActivityContextImpl ac) {
    try {
      for (int n = 0; n < EVENTS_PER_TURN; n++) {
        if (closed || ac.isSuspended() || ac.isDeliverySuspended()) {
          return;
        }
        SuspendedDelivery resumed = ac.takeResumedDelivery();
        if (resumed != null) {
          processor.resume(ac, resumed);
        } else {
          EventEnvelope envelope = ac.queue().poll();
          if (envelope != null) {
            processor.process(ac, envelope);
          }
        }
        if (ac.queue().isEmpty() && !ac.isDeliverySuspended()) {
          processor.queueDrained(ac);
        }
        if (ac.queue().isEmpty() && !ac.hasResumedDelivery()) {
          return;
        }
      }
    } catch (RuntimeException | Error e) {
      LOG.error("event processing on {} failed", ac, e);
    } finally {
      ac.scheduled().set(false);
      if (!ac.queue().isEmpty() || ac.hasResumedDelivery()) {
        schedule(ac);
      }
      done();
    }
  }

  private void done() {
    if (pending.decrementAndGet() == 0) {
      synchronized (idle) {
        idle.notifyAll();
      }
    }
  }

  /** True when no activity has a delivery queued or running. */
  public boolean isIdle() {
    return pending.get() == 0;
  }

  /** Waits until {@link #isIdle()} or the timeout; returns whether idle. */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (idle) {
      while (pending.get() > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(idle, left);
      }
      return true;
    }
  }

  /** Events dropped because they were fired after {@link #close}. */
  public long droppedEvents() {
    return dropped.get();
  }

  /**
   * Accepts no more events, lets running deliveries finish within the timeout (then interrupts
   * them) and waits for the event threads to end. Returns how many events were dropped from the
   * queues of {@code stillLive} activities.
   */
  public long close(Iterable<ActivityContextImpl> stillLive, Duration timeout)
      throws InterruptedException {
    closed = true;
    pool.shutdown();
    if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      LOG.warn("event threads still busy after {} ms; interrupting them", timeout.toMillis());
      pool.shutdownNow();
      pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    long n = 0;
    for (ActivityContextImpl ac : stillLive) {
      while (ac.queue().poll() != null) {
        n++;
      }
    }
    dropped.addAndGet(n);
    return n;
  }

  /** True once every event thread has ended after {@link #close}. */
  public boolean isTerminated() {
    return pool.isTerminated();
  }
}
