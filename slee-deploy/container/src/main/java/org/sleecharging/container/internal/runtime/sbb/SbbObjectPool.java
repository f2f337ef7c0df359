package org.sleecharging.container.internal.runtime.sbb;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Pooled SBB objects of one SBB component (JSLEE 1.1 §6.3), at most {@code capacity}; an object
 * offered to a full pool is refused, and the caller discards it with unsetSbbContext.
 */
final class SbbObjectPool {
  private final ConcurrentLinkedDeque<SbbObject> objects = new ConcurrentLinkedDeque<>();
  private final AtomicInteger size = new AtomicInteger();
  private final int capacity;

  SbbObjectPool(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("SBB object pool capacity must be >= 0: " + capacity);
    }
    this.capacity = capacity;
  }

  /** A Pooled object, or null when the pool is empty. */
  SbbObject take() {
    SbbObject o = objects.pollFirst();
    if (o != null) {
      size.decrementAndGet();
    }
    return o;
  }

  /** Keeps the object if there is room; false when the pool is full. */
  boolean offer(SbbObject object) {
    if (size.incrementAndGet() > capacity) {
      size.decrementAndGet();
      return false;
    }
    objects.addFirst(object);
    return true;
  }

  /** Empties the pool, returning what it held. */
  List<SbbObject> drain() {
    List<SbbObject> all = new ArrayList<>();
    for (SbbObject o = take(); o != null; o = take()) {
      all.add(o);
    }
    return all;
  }

  int size() {
    return size.get();
  }

  int capacity() {
    return capacity;
  }
}
