package org.sleecharging.container.internal.ra;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mobicents.slee.resource.cluster.FaultTolerantResourceAdaptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "replicated" data of one resource adaptor in an embedded, single-JVM container. Restcomm keys
 * its cache by RA entity name across cluster nodes; here two entities in one JVM cannot share a
 * name, so the data is shared by every entity of the same ResourceAdaptorID: a second entity of the
 * RA plays the other node and sees what the first stored. Values are kept by reference, not
 * serialized. Each entry remembers the entity that stored it, which makes the entity's local key
 * set; an entity that asked for the removal callback is told when another entity removes a key
 * ({@code FaultTolerantResourceAdaptor.dataRemoved}).
 */
final class ReplicatedDataStore {

  private static final Logger LOG = LoggerFactory.getLogger(ReplicatedDataStore.class);

  record Entry(String owner, Serializable value) {}

  /** An entity that wants dataRemoved callbacks. */
  record Listener(String entityName, FaultTolerantResourceAdaptor<?, ?> ra, ClassLoader loader) {}

  private final Map<Serializable, Entry> entries = new ConcurrentHashMap<>();
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  Entry get(Serializable key) {
    return entries.get(key);
  }

  /** True if the key was new. */
  boolean put(String owner, Serializable key, Serializable value) {
    return entries.put(key, new Entry(owner, value)) == null;
  }

  boolean remove(String remover, Serializable key) {
    if (entries.remove(key) == null) {
      return false;
    }
    for (Listener l : listeners) {
      if (!l.entityName().equals(remover)) {
        notifyRemoved(l, key);
      }
    }
    return true;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void notifyRemoved(Listener l, Serializable key) {
    try {
      ContextLoader.run(l.loader(), () -> ((FaultTolerantResourceAdaptor) l.ra()).dataRemoved(key));
    } catch (RuntimeException e) {
      LOG.error("dataRemoved({}) of RA entity {} failed", key, l.entityName(), e);
    }
  }

  Set<Serializable> keys() {
    return Set.copyOf(entries.keySet());
  }

  Set<Serializable> keysOf(String owner) {
    Set<Serializable> keys = ConcurrentHashMap.newKeySet();
    entries.forEach(
        (k, e) -> {
          if (e.owner().equals(owner)) {
            keys.add(k);
          }
        });
    return Set.copyOf(keys);
  }

  void addListener(Listener listener) {
    if (listeners.stream().noneMatch(l -> l.entityName().equals(listener.entityName()))) {
      listeners.add(listener);
    }
  }

  void removeListener(String entityName) {
    listeners.removeIf(l -> l.entityName().equals(entityName));
  }
}
