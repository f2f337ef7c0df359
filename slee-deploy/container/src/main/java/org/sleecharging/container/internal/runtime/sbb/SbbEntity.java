package org.sleecharging.container.internal.runtime.sbb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import javax.slee.ServiceID;
import org.sleecharging.container.internal.runtime.activity.ActivityContextImpl;
import org.sleecharging.container.internal.runtime.tx.TxState;

/**
 * An SBB entity (JSLEE 1.1 §5.4): its CMP state, children, priority and attachments. Every change
 * logs its undo action so that a rollback restores the entity. A tree of entities shares the root's
 * lock, held by one transaction at a time, so two activities never run the same tree concurrently.
 */
public final class SbbEntity {
  private static final AtomicLong IDS = new AtomicLong();

  private final long id = IDS.incrementAndGet();
  private final SbbComponent component;
  private final ServiceID service;
  private final SbbEntity parent;
  private final String relation;
  private final TxState tx;
  private final Object[] cmp;
  private final Map<String, Set<SbbEntity>> children = new LinkedHashMap<>();
  private final Set<ActivityContextImpl> attachedTo = new LinkedHashSet<>();
  private final ReentrantLock treeLock;
  private volatile byte priority;
  private volatile boolean removed;
  private Object convergenceName;
  private volatile SbbObject object;
  /** When the entity's object was last kept Ready (ReadySbbObjects' order). */
  private volatile long readyStamp;
  private Object localObject;

  SbbEntity(
      SbbComponent component,
      ServiceID service,
      SbbEntity parent,
      String relation,
      byte priority,
      TxState tx) {
    this.component = component;
    this.service = service;
    this.parent = parent;
    this.relation = relation;
    this.priority = priority;
    this.tx = tx;
    this.treeLock = parent == null ? new ReentrantLock() : parent.treeLock;
    this.cmp = new Object[component.cmpFields().size()];
  }

  public long id() {
    return id;
  }

  public SbbComponent component() {
    return component;
  }

  public ServiceID service() {
    return service;
  }

  public SbbEntity parent() {
    return parent;
  }

  public String relation() {
    return relation;
  }

  public SbbEntity root() {
    SbbEntity e = this;
    while (e.parent != null) {
      e = e.parent;
    }
    return e;
  }

  public boolean isRoot() {
    return parent == null;
  }

  public boolean isRemoved() {
    return removed;
  }

  void removed(boolean value) {
    boolean old = removed;
    removed = value;
    tx.undo(() -> removed = old);
  }

  /** The entity never existed: its creating transaction rolled back. */
  void forget() {
    removed = true;
  }

  public byte priority() {
    return priority;
  }

  void priority(byte value) {
    byte old = priority;
    priority = value;
    tx.undo(() -> priority = old);
  }

  public Object convergenceName() {
    return convergenceName;
  }

  void convergenceName(Object name) {
    this.convergenceName = name;
  }

  // --- CMP (§6.5) ---

  /** What the entity stores for the CMP field at this index ({@link CmpField#index()}). */
  synchronized Object cmp(int field) {
    return cmp[field];
  }

  void cmp(int field, Object value) {
    Object old;
    synchronized (this) {
      old = cmp[field];
      cmp[field] = value;
    }
    tx.undo(new CmpUndo(this, field, old));
  }

  /** Restores one CMP field on rollback; a class, not a lambda, to keep the undo log small. */
  private record CmpUndo(SbbEntity entity, int field, Object old) implements Runnable {
    @Override
    public void run() {
      synchronized (entity) {
        entity.cmp[field] = old;
      }
    }
  }

  // --- children (§6.8) ---

  synchronized List<SbbEntity> children(String relationName) {
    Set<SbbEntity> set = children.get(relationName);
    return set == null ? List.of() : new ArrayList<>(set);
  }

  public synchronized List<SbbEntity> allChildren() {
    List<SbbEntity> all = new ArrayList<>();
    children.values().forEach(all::addAll);
    return all;
  }

  void addChild(SbbEntity child) {
    synchronized (this) {
      children.computeIfAbsent(child.relation, k -> new LinkedHashSet<>()).add(child);
    }
    tx.undo(() -> removeChildNow(child));
  }

  void removeChild(SbbEntity child) {
    if (removeChildNow(child)) {
      tx.undo(
          () -> {
            synchronized (this) {
              children.computeIfAbsent(child.relation, k -> new LinkedHashSet<>()).add(child);
            }
          });
    }
  }

  private synchronized boolean removeChildNow(SbbEntity child) {
    Set<SbbEntity> set = children.get(child.relation);
    return set != null && set.remove(child);
  }

  // --- attachments, kept in step by ActivityContextImpl ---

  public synchronized void attachedTo(ActivityContextImpl ac, boolean attached) {
    if (attached) {
      attachedTo.add(ac);
    } else {
      attachedTo.remove(ac);
    }
  }

  public synchronized List<ActivityContextImpl> activities() {
    return new ArrayList<>(attachedTo);
  }

  /** Attachments of this entity and all its descendants (§8.8.2, the tree's attachment count). */
  public int treeAttachmentCount() {
    int n;
    synchronized (this) {
      n = attachedTo.size();
    }
    for (SbbEntity child : allChildren()) {
      n += child.treeAttachmentCount();
    }
    return n;
  }

  // --- the SBB object in the Ready state for this entity (§6.1) ---

  long readyStamp() {
    return readyStamp;
  }

  void readyStamp(long value) {
    readyStamp = value;
  }

  SbbObject object() {
    return object;
  }

  void object(SbbObject value) {
    this.object = value;
  }

  public synchronized Object localObject() {
    if (localObject == null) {
      localObject = LocalObjects.create(this);
    }
    return localObject;
  }

  /** Locks the entity tree for the transaction; a timeout means a likely deadlock between trees. */
  boolean lockTree(long timeoutMillis) throws InterruptedException {
    return treeLock.isHeldByCurrentThread() || treeLock.tryLock(timeoutMillis, TimeUnit.MILLISECONDS);
  }

  /** Takes the tree lock if it is free now; pair with {@link #releaseTree()}. */
  boolean tryLockTree() {
    return treeLock.tryLock();
  }

  void releaseTree() {
    treeLock.unlock();
  }

  boolean heldByCurrentThread() {
    return treeLock.isHeldByCurrentThread();
  }

  void unlockTree() {
    if (treeLock.isHeldByCurrentThread()) {
      treeLock.unlock();
    }
  }

  @Override
  public String toString() {
    return "SbbEntity[" + id + ", " + component.id() + ", " + service + "]";
  }
}
