package org.sleecharging.container.internal.runtime.sbb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The entities whose SBB object stays in the Ready state between transactions (JSLEE 1.1 §6.3), at
 * most {@code capacity}; entities over the capacity are handed out least recently used first as
 * candidates for passivation, and the caller passivates those it can lock and gives the others
 * back. Keeping an entity is a set insertion and a stamp (every committed transaction does it);
 * the order is only worked out when the set is over its capacity.
 */
final class ReadySbbObjects {

  private final Set<SbbEntity> entities = ConcurrentHashMap.newKeySet();
  private final AtomicLong clock = new AtomicLong();
  private final int capacity;

  ReadySbbObjects(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("Ready SBB object capacity must be >= 0: " + capacity);
    }
    this.capacity = capacity;
  }

  int capacity() {
    return capacity;
  }

  /** Keeps the entity's object Ready as the most recently used; returns the entities now over. */
  List<SbbEntity> keep(SbbEntity entity) {
    entity.readyStamp(clock.incrementAndGet());
    entities.add(entity);
    return entities.size() > capacity ? over() : List.of();
  }

  /** Entities beyond the capacity, least recently used first, removed from the set. */
  private synchronized List<SbbEntity> over() {
    List<SbbEntity> all = new ArrayList<>(entities);
    int excess = all.size() - capacity;
    if (excess <= 0) {
      return List.of();
    }
    all = leastRecentFirst(all);
    List<SbbEntity> out = new ArrayList<>(excess);
    for (SbbEntity e : all) {
      if (out.size() == excess) {
        break;
      }
      if (entities.remove(e)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The entity's object left it (removal, discard, rollback, passivation elsewhere). */
  void forget(SbbEntity entity) {
    entities.remove(entity);
  }

  /** An entity that could not be passivated now (its tree is busy) stays Ready, as most recently used. */
  void giveBack(SbbEntity entity) {
    if (entities.add(entity)) {
      entity.readyStamp(clock.incrementAndGet());
    }
  }

  /** Empties the set, returning every entity it held (container close, component uninstall). */
  synchronized List<SbbEntity> drain() {
    List<SbbEntity> all = leastRecentFirst(new ArrayList<>(entities));
    entities.removeAll(all);
    return all;
  }

  /**
   * Sorted by the stamps as they are now: other threads stamp entities while this sorts, and a
   * comparator reading the live stamps breaks the sort's contract (TimSort throws).
   */
  private static List<SbbEntity> leastRecentFirst(List<SbbEntity> entities) {
    long[] keys = new long[entities.size()];
    Integer[] order = new Integer[keys.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = entities.get(i).readyStamp();
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingLong(i -> keys[i]));
    List<SbbEntity> sorted = new ArrayList<>(keys.length);
    for (Integer i : order) {
      sorted.add(entities.get(i));
    }
    return sorted;
  }
}
