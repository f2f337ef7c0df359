package org.sleecharging.container.internal.runtime.sbb;

import java.util.IdentityHashMap;
import java.util.Map;
import javax.slee.EventTypeID;

/**
 * An SBB's per-event-type lookup, asked several times for every event delivered. The descriptor's
 * EventTypeID objects are not the ones events arrive with, and {@code EventTypeID.equals} compares
 * four strings; so each instance asked for is remembered with its answer (found or not) in an
 * identity map, replaced on the rare miss. An SBB sees a handful of event type instances; past
 * {@link #MAX_INSTANCES} (someone makes a new EventTypeID per event) the rest are looked up by value.
 */
final class EventTypeMap<V> {
  private static final Object ABSENT = new Object();
  static final int MAX_INSTANCES = 64;

  private final Map<EventTypeID, V> byValue;
  private volatile IdentityHashMap<EventTypeID, Object> byInstance = new IdentityHashMap<>();

  EventTypeMap(Map<EventTypeID, V> entries) {
    this.byValue = Map.copyOf(entries);
  }

  @SuppressWarnings("unchecked")
  V get(EventTypeID type) {
    Object known = byInstance.get(type);
    if (known == null) {
      V value = byValue.get(type);
      known = value == null ? ABSENT : value;
      remember(type, known);
    }
    return known == ABSENT ? null : (V) known;
  }

  private synchronized void remember(EventTypeID type, Object value) {
    if (byInstance.size() >= MAX_INSTANCES) {
      return;
    }
    IdentityHashMap<EventTypeID, Object> next = new IdentityHashMap<>(byInstance);
    next.put(type, value);
    byInstance = next;
  }
}
