package org.sleecharging.container.internal.ra;

import java.io.Serializable;
import org.mobicents.slee.resource.cluster.FaultTolerantResourceAdaptor;
import org.mobicents.slee.resource.cluster.FaultTolerantResourceAdaptorContext;
import org.mobicents.slee.resource.cluster.FaultTolerantTimer;
import org.mobicents.slee.resource.cluster.MemberAddress;
import org.mobicents.slee.resource.cluster.ReplicatedData;
import org.mobicents.slee.resource.cluster.ReplicatedDataWithFailover;

/**
 * Restcomm's fault tolerant RA context for an embedded container: a cluster of one member (local,
 * single, head), replicated data shared by every entity of the same RA (see {@link
 * ReplicatedDataStore}), and a timer on an executor.
 */
final class LocalFaultTolerantContext<K extends Serializable, V extends Serializable>
    implements FaultTolerantResourceAdaptorContext<K, V> {

  private static final MemberAddress LOCAL = new LocalMemberAddress("local");

  private final String entityName;
  private final FaultTolerantResourceAdaptor<K, V> ra;
  private final ClassLoader loader;
  private final ReplicatedDataStore data;
  private final ReplicatedDataStore dataWithFailover;
  private final ExecutorFaultTolerantTimer timer;

  LocalFaultTolerantContext(
      String entityName,
      FaultTolerantResourceAdaptor<K, V> ra,
      ClassLoader loader,
      ReplicatedDataStore data,
      ReplicatedDataStore dataWithFailover) {
    this.entityName = entityName;
    this.ra = ra;
    this.loader = loader;
    this.data = data;
    this.dataWithFailover = dataWithFailover;
    this.timer = new ExecutorFaultTolerantTimer(entityName, loader);
  }

  @Override
  public MemberAddress getLocalAddress() {
    return LOCAL;
  }

  @Override
  public MemberAddress[] getMembers() {
    return new MemberAddress[] {LOCAL};
  }

  @Override
  public boolean isHeadMember() {
    return true;
  }

  @Override
  public boolean isSingleMember() {
    return true;
  }

  @Override
  public boolean isLocal() {
    return true;
  }

  @Override
  public ReplicatedData<K, V> getReplicateData(boolean activateDataRemovedCallback) {
    return view(data, activateDataRemovedCallback);
  }

  @Override
  public ReplicatedDataWithFailover<K, V> getReplicatedDataWithFailover(
      boolean activateDataRemovedCallback) {
    return view(dataWithFailover, activateDataRemovedCallback);
  }

  private LocalReplicatedData<K, V> view(ReplicatedDataStore store, boolean callback) {
    if (callback) {
      store.addListener(new ReplicatedDataStore.Listener(entityName, ra, loader));
    }
    return new LocalReplicatedData<>(entityName, store);
  }

  @Override
  public FaultTolerantTimer getFaultTolerantTimer() {
    return timer;
  }

  /** The entity is gone: stop its timer and its removal callbacks; its data stays replicated. */
  void close() {
    timer.shutdown();
    data.removeListener(entityName);
    dataWithFailover.removeListener(entityName);
  }
}
