package org.sleecharging.container.internal.runtime.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.slee.resource.ActivityAlreadyExistsException;
import javax.slee.resource.ActivityHandle;
import javax.slee.resource.ActivityIsEndingException;
import org.sleecharging.container.internal.runtime.tx.TxState;
import org.sleecharging.container.internal.spi.RaEntityRef;

/**
 * Every live activity context, found by RA entity and handle or by the activity object, and the
 * operations that start, queue events on and end them (JSLEE 1.1 ch. 7).
 */
public final class Activities {
  /**
   * An RA activity's key. Written out rather than a record: it is built and compared on every
   * event an RA fires, and a record's generated equals and hashCode go through method handles.
   */
  private static final class RaKey {
    private final RaEntityRef entity;
    private final ActivityHandle handle;
    private final int hash;

    RaKey(RaEntityRef entity, ActivityHandle handle) {
      this.entity = entity;
      this.handle = handle;
      this.hash = 31 * System.identityHashCode(entity) + handle.hashCode();
    }

    RaEntityRef entity() {
      return entity;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof RaKey k && k.entity == entity && k.handle.equals(handle);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private final AtomicLong ids = new AtomicLong();
  private final Map<RaKey, ActivityContextImpl> byHandle = new ConcurrentHashMap<>();
  private final Map<Object, ActivityContextImpl> sleeOwned = new ConcurrentHashMap<>();
  private final Map<Long, ActivityContextImpl> byId = new ConcurrentHashMap<>();
  private final TxState tx;
  private final EventScheduler scheduler;

  public Activities(TxState tx, EventScheduler scheduler) {
    this.tx = tx;
    this.scheduler = scheduler;
  }

  public EventScheduler scheduler() {
    return scheduler;
  }

  /** Starts an RA activity; the caller registers the undo when transacted. */
  public ActivityContextImpl startRa(
      RaEntityRef entity, ActivityHandle handle, Object activity, int flags)
      throws ActivityAlreadyExistsException {
    ActivityContextImpl ac =
        new ActivityContextImpl(
            ids.incrementAndGet(), ActivityKind.RESOURCE_ADAPTOR, activity, handle, entity, flags, tx);
    if (byHandle.putIfAbsent(new RaKey(entity, handle), ac) != null) {
      throw new ActivityAlreadyExistsException(
          "RA entity " + entity.name() + " already has an activity with handle " + handle);
    }
    byId.put(ac.id(), ac);
    return ac;
  }

  /** Starts a null, service or external activity owned by the SLEE. */
  public ActivityContextImpl startSleeOwned(ActivityKind kind, Object activity) {
    ActivityContextImpl ac =
        new ActivityContextImpl(ids.incrementAndGet(), kind, activity, null, null, 0, tx);
    sleeOwned.put(activity, ac);
    byId.put(ac.id(), ac);
    return ac;
  }

  public Optional<ActivityContextImpl> byHandle(RaEntityRef entity, ActivityHandle handle) {
    return Optional.ofNullable(byHandle.get(new RaKey(entity, handle)));
  }

  /** A SLEE-owned activity (null, service, external) by its activity object. */
  public Optional<ActivityContextImpl> sleeOwned(Object activity) {
    return Optional.ofNullable(sleeOwned.get(activity));
  }

  public Optional<ActivityContextImpl> byId(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Queues the event; refused once the activity is ending (§7.3.2). */
  public void enqueue(ActivityContextImpl ac, EventEnvelope envelope)
      throws ActivityIsEndingException {
    if (!ac.state().acceptsEvents()) {
      throw new ActivityIsEndingException("activity is ending: " + ac);
    }
    scheduler.submit(ac, envelope);
  }

  /** Moves the activity to ENDING and queues its ActivityEndEvent (§7.3.3); idempotent. */
  public synchronized void end(ActivityContextImpl ac) {
    if (ac.state() != ActivityState.ACTIVE) {
      return;
    }
    ac.state(ActivityState.ENDING);
    scheduler.submit(
        ac,
        new EventEnvelope(
            StandardEvents.ACTIVITY_END,
            StandardEvents.ACTIVITY_END_EVENT,
            null,
            null,
            0,
            null,
            null,
            null,
            true));
  }

  /** Forgets an activity that has ended, or whose starting transaction rolled back. */
  public void remove(ActivityContextImpl ac) {
    ac.state(ActivityState.ENDED);
    if (ac.handle() != null) {
      byHandle.remove(new RaKey(ac.owner(), ac.handle()), ac);
    } else {
      sleeOwned.remove(ac.activity(), ac);
    }
    byId.remove(ac.id(), ac);
  }

  /** Reports an unreferenced activity once per transition (§15.11.2). */
  public boolean reportUnreferenced(ActivityContextImpl ac) {
    return ac.isUnreferenced() && ac.reportUnreferenced();
  }

  public int count() {
    return byId.size();
  }

  public int count(RaEntityRef entity) {
    int n = 0;
    for (RaKey key : byHandle.keySet()) {
      if (key.entity() == entity) {
        n++;
      }
    }
    return n;
  }

  public List<ActivityContextImpl> all() {
    return new ArrayList<>(byId.values());
  }
}
