package org.sleecharging.container.internal.runtime.activity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.slee.EventTypeID;
import javax.slee.resource.ActivityHandle;
import org.sleecharging.container.internal.runtime.sbb.SbbEntity;
import org.sleecharging.container.internal.runtime.tx.TxState;
import org.sleecharging.container.internal.spi.RaEntityRef;

/**
 * An activity context (JSLEE 1.1 ch. 7): the activity, its attached SBB entities with their event
 * masks, its attributes (SBB ACI attributes and aliases) and its event queue. Attachments, masks
 * and attributes are transactional: every change logs its undo action.
 */
public final class ActivityContextImpl {
  private final long id;
  private final ActivityKind kind;
  private final Object activity;
  private final ActivityHandle handle;
  private final RaEntityRef owner;
  private final int activityFlags;
  private final TxState tx;
  private final Set<SbbEntity> attached = new LinkedHashSet<>();
  private final Map<SbbEntity, Set<EventTypeID>> masks = new HashMap<>();
  private final Map<String, Object> attributes = new HashMap<>();
  private final ConcurrentLinkedQueue<EventEnvelope> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final AtomicInteger namesBound = new AtomicInteger();
  private final AtomicInteger timers = new AtomicInteger();
  private volatile ActivityState state = ActivityState.ACTIVE;
  private volatile boolean suspended;
  private volatile long lastUsedNanos = System.nanoTime();
  private boolean unreferencedReported;
  private SuspendedDelivery suspendedDelivery;
  private boolean deliveryResumed;

  public ActivityContextImpl(
      long id,
      ActivityKind kind,
      Object activity,
      ActivityHandle handle,
      RaEntityRef owner,
      int activityFlags,
      TxState tx) {
    this.id = id;
    this.kind = Objects.requireNonNull(kind);
    this.activity = Objects.requireNonNull(activity, "activity");
    this.handle = handle;
    this.owner = owner;
    this.activityFlags = activityFlags;
    this.tx = tx;
  }

  public long id() {
    return id;
  }

  public ActivityKind kind() {
    return kind;
  }

  public Object activity() {
    return activity;
  }

  /** The RA's handle, or null for SLEE-owned activities. */
  public ActivityHandle handle() {
    return handle;
  }

  /** The RA entity that started the activity, or null. */
  public RaEntityRef owner() {
    return owner;
  }

  public int activityFlags() {
    return activityFlags;
  }

  public ActivityState state() {
    return state;
  }

  void state(ActivityState next) {
    this.state = next;
  }

  public boolean isEnding() {
    return state != ActivityState.ACTIVE;
  }

  public boolean isSuspended() {
    return suspended;
  }

  void suspended(boolean value) {
    this.suspended = value;
  }

  /** When the activity last had an event queued, or was queried for liveness (nanoTime). */
  public long lastUsedNanos() {
    return lastUsedNanos;
  }

  public void used(long nanos) {
    lastUsedNanos = nanos;
  }

  // --- attachments (§7.4) ---

  public synchronized boolean isAttached(SbbEntity entity) {
    return attached.contains(entity);
  }

  public synchronized List<SbbEntity> attached() {
    return new ArrayList<>(attached);
  }

  public synchronized int attachmentCount() {
    return attached.size();
  }

  /** Attaches the entity and masks its mask-on-attach events (§8.4.2); false if already attached. */
  public boolean attach(SbbEntity entity, Set<EventTypeID> maskOnAttach) {
    synchronized (this) {
      if (!attached.add(entity)) {
        return false;
      }
      unreferencedReported = false;
      masks.put(entity, new HashSet<>(maskOnAttach));
    }
    entity.attachedTo(this, true);
    tx.undo(
        () -> {
          synchronized (this) {
            attached.remove(entity);
            masks.remove(entity);
          }
          entity.attachedTo(this, false);
        });
    return true;
  }

  public boolean detach(SbbEntity entity) {
    Set<EventTypeID> oldMask;
    synchronized (this) {
      if (!attached.remove(entity)) {
        return false;
      }
      oldMask = masks.remove(entity);
    }
    entity.attachedTo(this, false);
    tx.undo(
        () -> {
          synchronized (this) {
            attached.add(entity);
            masks.put(entity, oldMask);
          }
          entity.attachedTo(this, true);
        });
    return true;
  }

  /** Whether the entity masked this event type on this activity (§8.4.2). */
  public synchronized boolean isMasked(SbbEntity entity, EventTypeID type) {
    Set<EventTypeID> mask = masks.get(entity);
    return mask != null && mask.contains(type);
  }

  public synchronized Set<EventTypeID> mask(SbbEntity entity) {
    Set<EventTypeID> mask = masks.get(entity);
    return mask == null ? Set.of() : Set.copyOf(mask);
  }

  public void mask(SbbEntity entity, Set<EventTypeID> newMask) {
    Set<EventTypeID> old;
    synchronized (this) {
      old = masks.put(entity, new HashSet<>(newMask));
    }
    tx.undo(
        () -> {
          synchronized (this) {
            if (attached.contains(entity)) {
              masks.put(entity, old);
            }
          }
        });
  }

  // --- attributes (§7.7.3) ---

  public synchronized Object attribute(String key) {
    return attributes.get(key);
  }

  public void attribute(String key, Object value) {
    Object old;
    boolean had;
    synchronized (this) {
      had = attributes.containsKey(key);
      old = value == null ? attributes.remove(key) : attributes.put(key, value);
    }
    tx.undo(
        () -> {
          synchronized (this) {
            if (had) {
              attributes.put(key, old);
            } else {
              attributes.remove(key);
            }
          }
        });
  }

  // --- references (§7.3.4) ---

  public void nameBound(int delta) {
    namesBound.addAndGet(delta);
  }

  public void timerSet(int delta) {
    timers.addAndGet(delta);
  }

  public int timerCount() {
    return timers.get();
  }

  /** No attachments, bound names, timers or queued events: the activity is unreferenced. */
  public synchronized boolean isUnreferenced() {
    return attached.isEmpty() && namesBound.get() == 0 && timers.get() == 0 && queue.isEmpty()
        && suspendedDelivery == null;
  }

  // --- suspended event delivery (§8.6.3) ---

  /** Holds the delivery; the activity's events wait until it is resumed. */
  public synchronized void suspendDelivery(SuspendedDelivery delivery) {
    suspendedDelivery = delivery;
    deliveryResumed = false;
  }

  /** Marks the held delivery for resumption; false if it is not the one held or already resumed. */
  synchronized boolean resumeDelivery(SuspendedDelivery delivery) {
    if (suspendedDelivery != delivery || deliveryResumed) {
      return false;
    }
    deliveryResumed = true;
    return true;
  }

  /** Marks whatever delivery is held for resumption (the SLEE is stopping); false if none. */
  synchronized boolean resumeAnyDelivery() {
    if (suspendedDelivery == null || deliveryResumed) {
      return false;
    }
    deliveryResumed = true;
    return true;
  }

  /** Whether a suspended delivery blocks the activity's queue. */
  synchronized boolean isDeliverySuspended() {
    return suspendedDelivery != null && !deliveryResumed;
  }

  /** Whether a resumed delivery waits to be continued. */
  synchronized boolean hasResumedDelivery() {
    return suspendedDelivery != null && deliveryResumed;
  }

  /** The resumed delivery to continue, handed over once; null if there is none. */
  synchronized SuspendedDelivery takeResumedDelivery() {
    if (suspendedDelivery == null || !deliveryResumed) {
      return null;
    }
    SuspendedDelivery d = suspendedDelivery;
    suspendedDelivery = null;
    deliveryResumed = false;
    return d;
  }

  /** True once per transition to unreferenced, for activityUnreferenced (§15.11.2). */
  synchronized boolean reportUnreferenced() {
    if (unreferencedReported) {
      return false;
    }
    unreferencedReported = true;
    return true;
  }

  // --- event queue (§8.2: one event at a time per activity) ---

  ConcurrentLinkedQueue<EventEnvelope> queue() {
    return queue;
  }

  AtomicBoolean scheduled() {
    return scheduled;
  }

  @Override
  public String toString() {
    return "ActivityContext[" + id + ", " + kind + ", " + activity + ", " + state + "]";
  }
}
