package org.sleecharging.container.internal.runtime.thread;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A per-thread value, held in a field of a {@link SleeThread} and in a {@code ThreadLocal} on any
 * other thread (RA threads, timer threads, the caller of the embedded SLEE).
 */
public final class SleeThreadLocal<T> {
  private static final AtomicInteger INDEXES = new AtomicInteger();

  private final int index = INDEXES.getAndIncrement();
  private final Supplier<? extends T> initial;
  private final ThreadLocal<T> others;

  /** A value that is null until set. */
  public SleeThreadLocal() {
    this(null);
  }

  /** A value created by {@code initial} on a thread's first {@link #get}. */
  public SleeThreadLocal(Supplier<? extends T> initial) {
    this.initial = initial;
    this.others = initial == null ? new ThreadLocal<>() : ThreadLocal.withInitial(initial);
  }

  @SuppressWarnings("unchecked")
  public T get() {
    if (Thread.currentThread() instanceof SleeThread thread) {
      Object value = thread.slot(index);
      if (value == null && initial != null) {
        value = initial.get();
        thread.slot(index, value);
      }
      return (T) value;
    }
    return others.get();
  }

  public void set(T value) {
    if (Thread.currentThread() instanceof SleeThread thread) {
      thread.slot(index, value);
    } else {
      others.set(value);
    }
  }

  public void remove() {
    if (Thread.currentThread() instanceof SleeThread thread) {
      thread.slot(index, null);
    } else {
      others.remove();
    }
  }
}
