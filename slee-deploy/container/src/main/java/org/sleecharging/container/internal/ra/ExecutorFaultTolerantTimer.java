package org.sleecharging.container.internal.ra;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.mobicents.slee.resource.cluster.FaultTolerantTimer;
import org.mobicents.slee.resource.cluster.FaultTolerantTimerTask;
import org.mobicents.slee.resource.cluster.FaultTolerantTimerTaskFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restcomm's FaultTolerantTimer for one entity of a single-member cluster: tasks run on a {@link
 * ScheduledExecutorService} with the RA's class loader, keyed by their task id. With one member
 * there is no failover, so the task factory is kept only to honour {@code configure}.
 */
final class ExecutorFaultTolerantTimer implements FaultTolerantTimer {

  private static final Logger LOG = LoggerFactory.getLogger(ExecutorFaultTolerantTimer.class);

  private final String entityName;
  private final ClassLoader loader;
  private final Map<Serializable, ScheduledFuture<?>> scheduled = new ConcurrentHashMap<>();
  private volatile ScheduledThreadPoolExecutor executor;

  ExecutorFaultTolerantTimer(String entityName, ClassLoader loader) {
    this.entityName = entityName;
    this.loader = loader;
  }

  @Override
  public synchronized void configure(FaultTolerantTimerTaskFactory factory, int threads) {
    Objects.requireNonNull(factory, "taskFactory");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (executor != null) {
      throw new IllegalStateException("fault tolerant timer of " + entityName + " is configured");
    }
    ScheduledThreadPoolExecutor ex =
        new ScheduledThreadPoolExecutor(
            threads,
            r -> {
              Thread t = new Thread(r, "slee-ft-timer-" + entityName);
              t.setDaemon(true);
              return t;
            });
    ex.setRemoveOnCancelPolicy(true);
    executor = ex;
  }

  @Override
  public boolean isConfigured() {
    return executor != null;
  }

  @Override
  public void schedule(FaultTolerantTimerTask task, long delay, TimeUnit unit) {
    Serializable id = taskId(task);
    track(id, executor().schedule(() -> runOnce(id, task), delay, unit));
  }

  @Override
  public void scheduleAtFixedRate(
      FaultTolerantTimerTask task, long initialDelay, long period, TimeUnit unit) {
    Serializable id = taskId(task);
    track(id, executor().scheduleAtFixedRate(() -> run(id, task), initialDelay, period, unit));
  }

  @Override
  public void scheduleWithFixedDelay(
      FaultTolerantTimerTask task, long initialDelay, long delay, TimeUnit unit) {
    Serializable id = taskId(task);
    track(id, executor().scheduleWithFixedDelay(() -> run(id, task), initialDelay, delay, unit));
  }

  @Override
  public void cancel(Serializable taskId) {
    Objects.requireNonNull(taskId, "taskID");
    executor();
    ScheduledFuture<?> future = scheduled.remove(taskId);
    if (future != null) {
      future.cancel(false);
    }
  }

  /** Stops every task; called when the entity's fault tolerant context is unset. */
  void shutdown() {
    ScheduledThreadPoolExecutor ex = executor;
    if (ex != null) {
      ex.shutdownNow();
    }
    scheduled.clear();
  }

  private void track(Serializable id, ScheduledFuture<?> future) {
    ScheduledFuture<?> previous = scheduled.put(id, future);
    if (previous != null) {
      previous.cancel(false);
    }
  }

  private void runOnce(Serializable id, FaultTolerantTimerTask task) {
    scheduled.remove(id);
    run(id, task);
  }

  private void run(Serializable id, FaultTolerantTimerTask task) {
    try {
      ContextLoader.run(loader, task);
    } catch (RuntimeException e) {
      LOG.error("fault tolerant timer task {} of RA entity {} failed", id, entityName, e);
    }
  }

  private ScheduledExecutorService executor() {
    ScheduledThreadPoolExecutor ex = executor;
    if (ex == null) {
      throw new IllegalStateException(
          "fault tolerant timer of " + entityName + " is not configured: call configure first");
    }
    return ex;
  }

  private static Serializable taskId(FaultTolerantTimerTask task) {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(task.getTaskData(), "task data");
    return Objects.requireNonNull(task.getTaskData().getTaskID(), "task id");
  }
}
