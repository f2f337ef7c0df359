package org.sleecharging.ra.fake;

import java.io.Serializable;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.mobicents.slee.resource.cluster.FaultTolerantResourceAdaptorContext;
import org.mobicents.slee.resource.cluster.FaultTolerantTimer;
import org.mobicents.slee.resource.cluster.MemberAddress;
import org.mobicents.slee.resource.cluster.ReplicatedData;
import org.mobicents.slee.resource.cluster.ReplicatedDataWithFailover;

/**
 * Restcomm's fault tolerant context with replicated data shared through one map, as two cluster
 * nodes share the cache. Values are serialized and read back, as replication would, so a snapshot
 * that does not serialize fails the test. A removal calls the dataRemoved callbacks of the other
 * nodes sharing the map, as Restcomm's cluster does for removals made elsewhere.
 */
public final class FakeFaultTolerantContext<K extends Serializable, V extends Serializable>
        implements FaultTolerantResourceAdaptorContext<K, V> {

    private static final Map<Map<?, byte[]>, List<Consumer<Object>>> NODES =
            Collections.synchronizedMap(new IdentityHashMap<>());

    private final Map<K, byte[]> shared;
    private final Consumer<Object> dataRemoved;

    public FakeFaultTolerantContext(Map<K, byte[]> shared) {
        this(shared, null);
    }

    /** A node whose {@code dataRemoved} hears of keys other nodes remove from the shared map. */
    @SuppressWarnings("unchecked")
    public FakeFaultTolerantContext(Map<K, byte[]> shared, Consumer<K> dataRemoved) {
        this.shared = shared;
        this.dataRemoved = dataRemoved == null ? null : key -> dataRemoved.accept((K) key);
        if (this.dataRemoved != null) {
            NODES.computeIfAbsent(shared, m -> new CopyOnWriteArrayList<>()).add(this.dataRemoved);
        }
    }

    public static <K extends Serializable> Map<K, byte[]> newCache() {
        return new ConcurrentHashMap<>();
    }

    @Override
    public ReplicatedData<K, V> getReplicateData(boolean activateDataRemovedCallback) {
        return new ReplicatedDataWithFailover<K, V>() {
            @Override
            public Set<K> getLocalKeyset() {
                return Set.copyOf(shared.keySet());
            }

            @Override
            public boolean put(K key, V value) {
                return shared.put(key, Serialization.write(value)) == null;
            }

            @Override
            @SuppressWarnings("unchecked")
            public V get(K key) {
                byte[] bytes = shared.get(key);
                return bytes == null ? null : (V) Serialization.read(bytes);
            }

            @Override
            public boolean contains(K key) {
                return shared.containsKey(key);
            }

            @Override
            public boolean remove(K key) {
                boolean removed = shared.remove(key) != null;
                if (removed) {
                    for (Consumer<Object> other : NODES.getOrDefault(shared, List.of())) {
                        if (other != dataRemoved) {
                            other.accept(key);
                        }
                    }
                }
                return removed;
            }

            @Override
            public Set<K> getKeyset() {
                return Set.copyOf(shared.keySet());
            }
        };
    }

    @Override
    public ReplicatedDataWithFailover<K, V> getReplicatedDataWithFailover(boolean activateDataRemovedCallback) {
        throw new UnsupportedOperationException("the charging RA uses plain replicated data");
    }

    @Override
    public MemberAddress getLocalAddress() {
        throw new UnsupportedOperationException("not used by the charging RA");
    }

    @Override
    public MemberAddress[] getMembers() {
        throw new UnsupportedOperationException("not used by the charging RA");
    }

    @Override
    public boolean isHeadMember() {
        return true;
    }

    @Override
    public boolean isSingleMember() {
        return false;
    }

    @Override
    public boolean isLocal() {
        return false;
    }

    @Override
    public FaultTolerantTimer getFaultTolerantTimer() {
        throw new UnsupportedOperationException("not used by the charging RA");
    }
}
