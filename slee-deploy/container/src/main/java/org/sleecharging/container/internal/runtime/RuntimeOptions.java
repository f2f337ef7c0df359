package org.sleecharging.container.internal.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * Runtime settings: {@code eventThreads} bounds the event router's pool (JSLEE 1.1 §8.2); runtime
 * threads are named {@code <threadPrefix>-...}; {@code sbbPoolSize} is the most Pooled SBB objects
 * kept per SBB component (JSLEE 1.1 §6.1); {@code closeTimeout} bounds each step of an orderly
 * close; an RA activity without events for {@code livenessQueryIdle} is queried for liveness;
 * {@code readySbbObjects} is the most SBB objects kept in the Ready state, associated with their
 * entities, between transactions (JSLEE 1.1 §6.3), over all SBB components.
 */
public record RuntimeOptions(
    int eventThreads, String threadPrefix, int sbbPoolSize, Duration closeTimeout,
    Duration livenessQueryIdle, int readySbbObjects) {
  public static final int DEFAULT_SBB_POOL_SIZE = 64;
  public static final int DEFAULT_READY_SBB_OBJECTS = 1024;
  public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_LIVENESS_QUERY_IDLE = Duration.ofMinutes(10);

  public RuntimeOptions {
    if (eventThreads < 1) {
      throw new IllegalArgumentException("eventThreads must be >= 1: " + eventThreads);
    }
    Objects.requireNonNull(threadPrefix, "threadPrefix");
    if (sbbPoolSize < 0) {
      throw new IllegalArgumentException("sbbPoolSize must be >= 0: " + sbbPoolSize);
    }
    if (closeTimeout.isNegative() || closeTimeout.isZero()) {
      throw new IllegalArgumentException("closeTimeout must be positive: " + closeTimeout);
    }
    if (livenessQueryIdle.isNegative() || livenessQueryIdle.isZero()) {
      throw new IllegalArgumentException("livenessQueryIdle must be positive: " + livenessQueryIdle);
    }
    if (readySbbObjects < 0) {
      throw new IllegalArgumentException("readySbbObjects must be >= 0: " + readySbbObjects);
    }
  }

  public RuntimeOptions(int eventThreads, String threadPrefix, int sbbPoolSize,
      Duration closeTimeout, Duration livenessQueryIdle) {
    this(eventThreads, threadPrefix, sbbPoolSize, closeTimeout, livenessQueryIdle,
        DEFAULT_READY_SBB_OBJECTS);
  }

  public RuntimeOptions(int eventThreads, String threadPrefix, int sbbPoolSize,
      Duration closeTimeout) {
    this(eventThreads, threadPrefix, sbbPoolSize, closeTimeout, DEFAULT_LIVENESS_QUERY_IDLE);
  }

  public RuntimeOptions(int eventThreads) {
    this(eventThreads, "slee", DEFAULT_SBB_POOL_SIZE, DEFAULT_CLOSE_TIMEOUT);
  }

  /** Two event threads per available processor. */
  public static RuntimeOptions defaults() {
    return new RuntimeOptions(2 * Runtime.getRuntime().availableProcessors());
  }

  public RuntimeOptions withSbbPoolSize(int size) {
    return new RuntimeOptions(
        eventThreads, threadPrefix, size, closeTimeout, livenessQueryIdle, readySbbObjects);
  }

  public RuntimeOptions withReadySbbObjects(int count) {
    return new RuntimeOptions(
        eventThreads, threadPrefix, sbbPoolSize, closeTimeout, livenessQueryIdle, count);
  }

  public RuntimeOptions withLivenessQueryIdle(Duration idle) {
    return new RuntimeOptions(
        eventThreads, threadPrefix, sbbPoolSize, closeTimeout, idle, readySbbObjects);
  }
}
