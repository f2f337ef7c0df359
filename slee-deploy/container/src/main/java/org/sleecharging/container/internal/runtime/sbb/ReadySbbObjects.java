package org.sleecharging.container.internal.runtime.sbb;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The entities whose SBB object stays in the Ready state between transactions (JSLEE 1.1 §6.3), in
 * least recently used order, at most {@code capacity}. Entities over the capacity are handed out as
 * candidates for passivation; the caller passivates those it can lock and gives the others back.
 */
final class ReadySbbObjects {
  private final LinkedHashMap<SbbEntity, Boolean> entities = new LinkedHashMap<>(64, 0.75f, true);
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
  synchronized List<SbbEntity> keep(SbbEntity entity) {
    entities.put(entity, Boolean.TRUE);
    return over();
  }

  /** Entities beyond the capacity, least recently used first, removed from the set. */
  private List<SbbEntity> over() {
    int excess = entities.size() - capacity;
    if (excess <= 0) {
      return List.of();
    }
    List<SbbEntity> out = new ArrayList<>(excess);
    Iterator<SbbEntity> it = entities.keySet().iterator();
    while (excess-- > 0) {
      out.add(it.next());
      it.remove();
    }
    return out;
  }

  /** The entity's object left it (removal, discard, rollback, passivation elsewhere). */
  synchronized void forget(SbbEntity entity) {
    entities.remove(entity);
  }

  /** An entity that could not be passivated now (its tree is busy) stays Ready. */
  synchronized void giveBack(SbbEntity entity) {
    entities.putIfAbsent(entity, Boolean.TRUE);
  }

  /** Empties the set, returning every entity it held (container close, component uninstall). */
  synchronized List<SbbEntity> drain() {
    List<SbbEntity> all = new ArrayList<>(entities.keySet());
    entities.clear();
    return all;
  }
}
