package org.sleecharging.container.internal.runtime.activity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.slee.Address;
import javax.slee.resource.ActivityAlreadyExistsException;
import javax.slee.resource.ActivityFlags;
import javax.slee.resource.ActivityHandle;
import javax.slee.resource.ActivityIsEndingException;
import javax.slee.resource.EventFlags;
import javax.slee.resource.FailureReason;
import javax.slee.resource.FireableEventType;
import javax.slee.resource.IllegalEventException;
import javax.slee.resource.ReceivableService;
import javax.slee.resource.SleeEndpoint;
import javax.slee.resource.UnrecognizedActivityHandleException;
import org.sleecharging.container.internal.runtime.tx.SleeTransactionImpl;
import org.sleecharging.container.internal.runtime.tx.SleeTransactionManagerImpl;
import org.sleecharging.container.internal.spi.RaEntityRef;

/** The SleeEndpoint of one RA entity (JSLEE 1.1 §15.11). */
final class SleeEndpointImpl implements SleeEndpoint {
  private final RaEntityRef entity;
  /** The declared event class of each type the RA fires, loaded once (checked on every fire). */
  private final Map<FireableEventType, Class<?>> eventClasses = new ConcurrentHashMap<>();
  private final Activities activities;
  private final SleeTransactionManagerImpl txm;

  SleeEndpointImpl(RaEntityRef entity, Activities activities, SleeTransactionManagerImpl txm) {
    this.entity = entity;
    this.activities = activities;
    this.txm = txm;
  }

  @Override
  public void startActivity(ActivityHandle handle, Object activity)
      throws ActivityAlreadyExistsException {
    startActivity(handle, activity, ActivityFlags.NO_FLAGS);
  }

  @Override
  public void startActivity(ActivityHandle handle, Object activity, int flags)
      throws ActivityAlreadyExistsException {
    start(handle, activity, flags);
  }

  @Override
  public void startActivitySuspended(ActivityHandle handle, Object activity)
      throws ActivityAlreadyExistsException {
    startActivitySuspended(handle, activity, ActivityFlags.NO_FLAGS);
  }

  @Override
  public void startActivitySuspended(ActivityHandle handle, Object activity, int flags)
      throws ActivityAlreadyExistsException {
    SleeTransactionImpl tx = txm.require();
    ActivityContextImpl ac = start(handle, activity, flags);
    suspendUntilCompletion(ac, tx);
  }

  @Override
  public void startActivityTransacted(ActivityHandle handle, Object activity)
      throws ActivityAlreadyExistsException {
    startActivityTransacted(handle, activity, ActivityFlags.NO_FLAGS);
  }

  /** The activity exists for the rest of the transaction and is forgotten if it rolls back. */
  @Override
  public void startActivityTransacted(ActivityHandle handle, Object activity, int flags)
      throws ActivityAlreadyExistsException {
    SleeTransactionImpl tx = txm.require();
    ActivityContextImpl ac = start(handle, activity, flags);
    tx.onRollback(() -> activities.remove(ac));
  }

  private ActivityContextImpl start(ActivityHandle handle, Object activity, int flags)
      throws ActivityAlreadyExistsException {
    if (handle == null || activity == null) {
      throw new NullPointerException(handle == null ? "handle" : "activity");
    }
    if (!entity.acceptsNewActivities()) {
      throw new IllegalStateException(
          "RA entity " + entity.name() + " is not ACTIVE and may not start activities (§15.2)");
    }
    return activities.startRa(entity, handle, activity, flags);
  }

  @Override
  public void suspendActivity(ActivityHandle handle) throws UnrecognizedActivityHandleException {
    SleeTransactionImpl tx = txm.require();
    suspendUntilCompletion(find(handle), tx);
  }

  private void suspendUntilCompletion(ActivityContextImpl ac, SleeTransactionImpl tx) {
    ac.suspended(true);
    tx.afterCompletion(() -> activities.scheduler().resume(ac));
  }

  @Override
  public void endActivity(ActivityHandle handle) throws UnrecognizedActivityHandleException {
    activities.end(find(handle));
  }

  @Override
  public void endActivityTransacted(ActivityHandle handle)
      throws UnrecognizedActivityHandleException {
    SleeTransactionImpl tx = txm.require();
    ActivityContextImpl ac = find(handle);
    tx.onCommit(() -> activities.end(ac));
  }

  @Override
  public void fireEvent(
      ActivityHandle handle, FireableEventType type, Object event, Address address,
      ReceivableService service)
      throws UnrecognizedActivityHandleException, IllegalEventException, ActivityIsEndingException {
    fireEvent(handle, type, event, address, service, EventFlags.NO_FLAGS);
  }

  @Override
  public void fireEvent(
      ActivityHandle handle, FireableEventType type, Object event, Address address,
      ReceivableService service, int flags)
      throws UnrecognizedActivityHandleException, IllegalEventException, ActivityIsEndingException {
    ActivityContextImpl ac = checkFire(handle, type, event);
    activities.enqueue(ac, envelope(type, event, address, service, flags));
  }

  @Override
  public void fireEventTransacted(
      ActivityHandle handle, FireableEventType type, Object event, Address address,
      ReceivableService service)
      throws UnrecognizedActivityHandleException, IllegalEventException, ActivityIsEndingException {
    fireEventTransacted(handle, type, event, address, service, EventFlags.NO_FLAGS);
  }

  /** Queued at commit; on rollback the RA hears FIRING_TRANSACTION_ROLLED_BACK (§15.11.7). */
  @Override
  public void fireEventTransacted(
      ActivityHandle handle, FireableEventType type, Object event, Address address,
      ReceivableService service, int flags)
      throws UnrecognizedActivityHandleException, IllegalEventException, ActivityIsEndingException {
    SleeTransactionImpl tx = txm.require();
    ActivityContextImpl ac = checkFire(handle, type, event);
    EventEnvelope envelope = envelope(type, event, address, service, flags);
    tx.onCommit(() -> {
      try {
        activities.enqueue(ac, envelope);
      } catch (ActivityIsEndingException e) {
        rolledBack(handle, envelope);
      }
    });
    tx.afterRollback(() -> rolledBack(handle, envelope));
  }

  private void rolledBack(ActivityHandle handle, EventEnvelope e) {
    if (EventFlags.hasRequestProcessingFailedCallback(e.flags())) {
      RaCalls.call(entity, "eventProcessingFailed", ra -> ra.eventProcessingFailed(handle,
          e.fireable(), e.event(), e.address(), e.receivableService(), e.flags(),
          FailureReason.FIRING_TRANSACTION_ROLLED_BACK));
    }
    if (EventFlags.hasRequestEventReferenceReleasedCallback(e.flags())) {
      RaCalls.call(entity, "eventUnreferenced", ra -> ra.eventUnreferenced(handle, e.fireable(),
          e.event(), e.address(), e.receivableService(), e.flags()));
    }
  }

  private ActivityContextImpl checkFire(ActivityHandle handle, FireableEventType type, Object event)
      throws UnrecognizedActivityHandleException, IllegalEventException, ActivityIsEndingException {
    if (handle == null || type == null || event == null) {
      throw new NullPointerException(handle == null ? "handle" : type == null ? "eventType" : "event");
    }
    if (!entity.mayFireEvents()) {
      throw new IllegalStateException("RA entity " + entity.name() + " is INACTIVE (§15.2)");
    }
    if (!entity.mayFire(type.getEventType())) {
      throw new IllegalEventException("RA entity " + entity.name() + " may not fire "
          + type.getEventType() + ": not an event type of its RA types (§15.11.7)");
    }
    ActivityContextImpl ac = find(handle);
    if (ac.isEnding()) {
      throw new ActivityIsEndingException("activity " + handle + " is ending");
    }
    if (type.getEventClassName() != null && type.getEventClassLoader() != null) {
      checkEventClass(type, event);
    }
    return ac;
  }

  private void checkEventClass(FireableEventType type, Object event)
      throws IllegalEventException {
    try {
      Class<?> declared = eventClasses.get(type);
      if (declared == null) {
        declared = Class.forName(type.getEventClassName(), false, type.getEventClassLoader());
        eventClasses.put(type, declared);
      }
      if (!declared.isInstance(event)) {
        throw new IllegalEventException("event " + event.getClass().getName() + " is not a "
            + type.getEventClassName() + " as event type " + type.getEventType() + " requires");
      }
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalEventException("cannot load event class " + type.getEventClassName()
          + " of " + type.getEventType());
    }
  }

  private EventEnvelope envelope(
      FireableEventType type, Object event, Address address, ReceivableService service, int flags) {
    return new EventEnvelope(type.getEventType(), event, address,
        service == null ? null : service.getService(), flags, entity, type, service, false);
  }

  private ActivityContextImpl find(ActivityHandle handle) throws UnrecognizedActivityHandleException {
    if (handle == null) {
      throw new NullPointerException("handle");
    }
    return activities.byHandle(entity, handle)
        .orElseThrow(() -> new UnrecognizedActivityHandleException(
            "RA entity " + entity.name() + " has no activity with handle " + handle));
  }
}
