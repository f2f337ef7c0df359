package org.sleecharging.ra.fake;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.mobicents.slee.resource.cluster.FaultTolerantResourceAdaptorContext;
import org.mobicents.slee.resource.cluster.FaultTolerantTimer;
import org.mobicents.slee.resource.cluster.MemberAddress;
import org.mobicents.slee.resource.cluster.ReplicatedData;
import org.mobicents.slee.resource.cluster.ReplicatedDataWithFailover;

/**
 * Restcomm's fault tolerant context with replicated data shared through one map, as two cluster
 * nodes share the cache. Values are serialized and read back, as replication would, so a snapshot
 * that does not serialize fails the test.
 */
public final class FakeFaultTolerantContext<K extends Serializable, V extends Serializable>
        implements FaultTolerantResourceAdaptorContext<K, V> {

    private final Map<K, byte[]> shared;

    public FakeFaultTolerantContext(Map<K, byte[]> shared) {
        this.shared = shared;
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
                return shared.remove(key) != null;
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
