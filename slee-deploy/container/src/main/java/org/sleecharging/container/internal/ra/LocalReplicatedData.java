package org.sleecharging.container.internal.ra;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import org.mobicents.slee.resource.cluster.ReplicatedDataWithFailover;

/** One entity's view of a {@link ReplicatedDataStore}. */
final class LocalReplicatedData<K extends Serializable, V extends Serializable>
    implements ReplicatedDataWithFailover<K, V> {

  private final String entityName;
  private final ReplicatedDataStore store;

  LocalReplicatedData(String entityName, ReplicatedDataStore store) {
    this.entityName = entityName;
    this.store = store;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Set<K> getLocalKeyset() {
    return (Set<K>) store.keysOf(entityName);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Set<K> getKeyset() {
    return (Set<K>) store.keys();
  }

  @Override
  public boolean put(K key, V value) {
    Objects.requireNonNull(key, "key");
    return store.put(entityName, key, value);
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(K key) {
    ReplicatedDataStore.Entry entry = store.get(Objects.requireNonNull(key, "key"));
    return entry == null ? null : (V) entry.value();
  }

  @Override
  public boolean contains(K key) {
    return store.get(Objects.requireNonNull(key, "key")) != null;
  }

  @Override
  public boolean remove(K key) {
    return store.remove(entityName, Objects.requireNonNull(key, "key"));
  }
}
