package org.sleecharging.container.internal.runtime.facility;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.slee.ActivityContextInterface;
import javax.slee.Address;
import javax.slee.facilities.TimerFacility;
import javax.slee.facilities.TimerID;
import javax.slee.facilities.TimerOptions;
import javax.slee.resource.ActivityIsEndingException;
import org.sleecharging.container.internal.runtime.activity.Activities;
import org.sleecharging.container.internal.runtime.activity.ActivityContextImpl;
import org.sleecharging.container.internal.runtime.activity.EventEnvelope;
import org.sleecharging.container.internal.runtime.activity.StandardEvents;
import org.sleecharging.container.internal.runtime.sbb.SbbRuntime;
import org.sleecharging.container.internal.runtime.tx.TxState;

/**
 * The timer facility (JSLEE 1.1 §13.1): timers start when the setting transaction commits and are
 * cancelled when the cancelling one commits; each expiry fires a TimerEvent on the timer's
 * activity; timers of an activity that ends are cancelled. Timers are never persistent here.
 */
public final class TimerFacilityImpl implements TimerFacility {
  private static final long RESOLUTION_MILLIS = 10;
  private static final long DEFAULT_TIMEOUT_MILLIS = 1000;

  private final class Timer {
    final TimerIdImpl id;
    final ActivityContextImpl ac;
    final Address address;
    final long start;
    final long period;
    final int repetitions;
    int fired;
    ScheduledFuture<?> future;

    Timer(TimerIdImpl id, ActivityContextImpl ac, Address address, long start, long period, int reps) {
      this.id = id;
      this.ac = ac;
      this.address = address;
      this.start = start;
      this.period = period;
      this.repetitions = reps;
    }
  }

  private final AtomicLong ids = new AtomicLong();
  private final Map<TimerID, Timer> timers = new ConcurrentHashMap<>();
  private final ScheduledExecutorService scheduler;
  private final TxState tx;
  private final Activities activities;
  private final SbbRuntime sbbs;

  private volatile boolean closed;

  public TimerFacilityImpl(TxState tx, Activities activities, SbbRuntime sbbs) {
    this(tx, activities, sbbs, "slee");
  }

  /** {@code threadPrefix} names the timer thread {@code <prefix>-timer}. */
  public TimerFacilityImpl(TxState tx, Activities activities, SbbRuntime sbbs, String threadPrefix) {
    this.tx = tx;
    this.activities = activities;
    this.sbbs = sbbs;
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, threadPrefix + "-timer");
      t.setDaemon(true);
      return t;
    }, (task, ex) -> { });
    executor.setRemoveOnCancelPolicy(true);
    this.scheduler = executor;
  }

  @Override
  public TimerID setTimer(
      ActivityContextInterface aci, Address address, long startTime, TimerOptions options) {
    return setTimer(aci, address, startTime, Long.MAX_VALUE, 1, options);
  }

  @Override
  public TimerID setTimer(
      ActivityContextInterface aci, Address address, long startTime, long period,
      int numRepetitions, TimerOptions options) {
    if (aci == null || options == null) {
      throw new NullPointerException(aci == null ? "aci" : "options");
    }
    if (startTime < 0 || period <= 0 || numRepetitions < 0) {
      throw new IllegalArgumentException("bad timer: startTime " + startTime + ", period " + period
          + ", numRepetitions " + numRepetitions + " (§13.1.7)");
    }
    ActivityContextImpl ac = sbbs.acOf(aci);
    if (ac.isEnding()) {
      throw new IllegalArgumentException("activity is ending: " + ac);
    }
    TimerIdImpl id = new TimerIdImpl(ids.incrementAndGet());
    int reps = period == Long.MAX_VALUE ? 1 : numRepetitions;
    Timer timer = new Timer(id, ac, address, startTime, period, reps);
    timers.put(id, timer);
    ac.timerSet(1);
    tx.undo(() -> {
      timers.remove(id);
      ac.timerSet(-1);
    });
    tx.atCommit(() -> schedule(timer));
    return id;
  }

  private void schedule(Timer timer) {
    long delay = Math.max(0, timer.start - System.currentTimeMillis());
    synchronized (timer) {
      if (closed || !timers.containsKey(timer.id)) {
        return;
      }
      timer.future = timer.repetitions == 1
          ? scheduler.schedule(() -> expire(timer), delay, TimeUnit.MILLISECONDS)
          : scheduler.scheduleAtFixedRate(() -> expire(timer), delay, timer.period, TimeUnit.MILLISECONDS);
    }
  }

  private void expire(Timer timer) {
    int remaining;
    synchronized (timer) {
      if (!timers.containsKey(timer.id)) {
        return;
      }
      timer.fired++;
      remaining = timer.repetitions == 0 ? -1 : timer.repetitions - timer.fired;
      if (remaining == 0) {
        forget(timer);
      }
    }
    long now = System.currentTimeMillis();
    long scheduled = timer.start + (timer.fired - 1) * (timer.repetitions == 1 ? 0 : timer.period);
    TimerEventImpl event = new TimerEventImpl(timer.id, scheduled, now,
        timer.period, timer.repetitions, Math.max(remaining, 0), 0);
    try {
      activities.enqueue(timer.ac, EventEnvelope.internal(StandardEvents.TIMER, event, timer.address, null));
    } catch (ActivityIsEndingException e) {
      cancelNow(timer.id);
    }
    if (remaining == 0) {
      activities.scheduler().poke(timer.ac);
    }
  }

  private void forget(Timer timer) {
    if (timers.remove(timer.id) != null) {
      if (timer.future != null) {
        timer.future.cancel(false);
      }
      timer.ac.timerSet(-1);
    }
  }

  @Override
  public void cancelTimer(TimerID id) {
    if (id == null) {
      throw new NullPointerException("timerID");
    }
    tx.atCommitEnd(() -> cancelNow(id));
  }

  private void cancelNow(TimerID id) {
    Timer timer = timers.get(id);
    if (timer != null) {
      synchronized (timer) {
        forget(timer);
      }
      activities.scheduler().poke(timer.ac);
    }
  }

  /** Cancels the timers of an ended activity (§13.1.3). */
  public void activityEnded(ActivityContextImpl ac) {
    for (Timer timer : timers.values()) {
      if (timer.ac == ac) {
        synchronized (timer) {
          forget(timer);
        }
      }
    }
  }

  @Override
  public ActivityContextInterface getActivityContextInterface(TimerID id) {
    if (id == null) {
      throw new NullPointerException("timerID");
    }
    tx.manager().require();
    Timer timer = timers.get(id);
    return timer == null ? null : sbbs.aci(timer.ac);
  }

  @Override
  public long getResolution() {
    return RESOLUTION_MILLIS;
  }

  @Override
  public long getDefaultTimeout() {
    return DEFAULT_TIMEOUT_MILLIS;
  }

  public int timerCount() {
    return timers.size();
  }

  /** Runs a container task on the timer thread after the delay; never once closed. */
  public ScheduledFuture<?> runLater(Runnable task, long delayMillis) {
    return scheduler.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
  }

  /** Runs a container task on the timer thread every period; never once closed. */
  public void runEvery(Runnable task, long periodMillis) {
    scheduler.scheduleWithFixedDelay(task, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
  }

  public boolean isTerminated() {
    return scheduler.isTerminated();
  }

  /** Cancels every timer and waits for the timer thread to end; later timers never start. */
  public void close(Duration timeout) throws InterruptedException {
    closed = true;
    scheduler.shutdownNow();
    scheduler.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    for (Timer timer : timers.values()) {
      synchronized (timer) {
        forget(timer);
      }
    }
  }
}
