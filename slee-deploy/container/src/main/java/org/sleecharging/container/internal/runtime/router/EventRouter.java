package org.sleecharging.container.internal.runtime.router;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.slee.resource.ActivityFlags;
import javax.slee.resource.EventFlags;
import javax.slee.resource.FailureReason;
import org.sleecharging.container.internal.runtime.activity.Activities;
import org.sleecharging.container.internal.runtime.activity.ActivityContextImpl;
import org.sleecharging.container.internal.runtime.activity.ActivityKind;
import org.sleecharging.container.internal.runtime.activity.ActivityState;
import org.sleecharging.container.internal.runtime.activity.EventEnvelope;
import org.sleecharging.container.internal.runtime.activity.EventProcessor;
import org.sleecharging.container.internal.runtime.activity.RaCalls;
import org.sleecharging.container.internal.runtime.activity.SuspendedDelivery;
import org.sleecharging.container.internal.runtime.sbb.SbbEntity;
import org.sleecharging.container.internal.runtime.sbb.SbbRuntime;
import org.sleecharging.container.internal.runtime.tx.SleeTransactionImpl;
import org.sleecharging.container.internal.runtime.tx.SleeTransactionManagerImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event router (JSLEE 1.1 ch. 8): processes one event of an activity in SLEE transactions —
 * initial event processing, delivery to attached entities in priority order, removal of
 * unattached root trees — then the RA's event callbacks; ends activities after their
 * ActivityEndEvent (§7.3.3) and ends unreferenced null activities (§7.10).
 */
public final class EventRouter implements EventProcessor {
  private static final Logger LOG = LoggerFactory.getLogger(EventRouter.class);

  private final SleeTransactionManagerImpl txm;
  private final Activities activities;
  private final SbbRuntime sbbs;
  private final InitialEventProcessor initial;
  private final Delayer delayer;
  private final List<Consumer<ActivityContextImpl>> endHooks = new ArrayList<>();
  private final List<Runnable> afterEventHooks = new ArrayList<>();

  public EventRouter(
      SleeTransactionManagerImpl txm, Activities activities, SbbRuntime sbbs, ServiceDirectory services,
      Delayer delayer) {
    this.txm = txm;
    this.delayer = delayer;
    this.activities = activities;
    this.sbbs = sbbs;
    this.initial = new InitialEventProcessor(services, sbbs);
  }

  /** Called after an activity has ended, before the RA's callbacks (timers, names, services). */
  public void onActivityEnded(Consumer<ActivityContextImpl> hook) {
    endHooks.add(hook);
  }

  /** Called after every processed event (e.g. to finish stopping services). */
  public void afterEvent(Runnable hook) {
    afterEventHooks.add(hook);
  }

  @Override
  public void process(ActivityContextImpl ac, EventEnvelope envelope) {
    run(ac, new Delivery(envelope));
  }

  @Override
  public void resume(ActivityContextImpl ac, SuspendedDelivery delivery) {
    run(ac, (Delivery) delivery);
  }

  private void run(ActivityContextImpl ac, Delivery d) {
    if (!deliver(ac, d)) {
      return; // suspended (§8.6.3): the rest follows when it is resumed
    }
    if (d.context() != null) {
      d.context().completed();
    }
    if (d.envelope.activityEnd()) {
      finishEnd(ac, d.endDetached);
    }
    raCallbacks(ac, d.envelope, d.failed, !d.delivered.isEmpty());
    afterEventHooks.forEach(Runnable::run);
  }

  /** Delivers in transactions until done (true) or suspended by an SBB (false). */
  private boolean deliver(ActivityContextImpl ac, Delivery d) {
    while (true) {
      List<SbbEntity> invoked = new ArrayList<>();
      boolean wasInitial = d.initialDone;
      d.initialDone = true;
      SleeTransactionImpl tx = begin();
      try {
        if (!wasInitial) {
          initial.process(ac, d.envelope);
        }
        boolean more = deliverAll(ac, d, invoked, tx);
        if (!tx.isRollbackOnly()) {
          boolean suspend = d.suspensionRequested();
          boolean detaching = !more && !suspend && d.envelope.activityEnd() && !d.endDetachTried;
          if (detaching) {
            // §7.3.3: the SBBs have had the ActivityEndEvent; they leave the activity in this same
            // transaction. Tried once: if it fails, finishEnd detaches in a transaction of its own.
            d.endDetachTried = true;
            detachAll(ac);
          }
          txm.commit();
          d.endDetached = detaching;
          if (suspend) {
            ac.suspendDelivery(d);
            d.context().suspended();
            return false;
          }
          if (!more) {
            return true;
          }
          continue;
        }
        txm.rollback();
      } catch (Exception | Error e) {
        LOG.warn("processing {} on {} failed", d.envelope.eventType(), ac, e);
        if (txm.current() == tx) {
          txm.rollback();
        }
      }
      d.failed = true;
      rolledBack(invoked, d.envelope, ac);
    }
  }

  /**
   * Delivers until done (false), or until the transaction must roll back or an SBB suspended the
   * delivery (true: more may follow).
   */
  private boolean deliverAll(
      ActivityContextImpl ac, Delivery d, List<SbbEntity> invoked, SleeTransactionImpl tx)
      throws Exception {
    while (true) {
      SbbEntity next = next(ac, d.envelope, d.delivered);
      if (next == null) {
        return false;
      }
      d.delivered.add(next);
      invoked.add(next);
      sbbs.entities().deliver(next, ac, d.envelope, () -> d.context(() -> new EventContextImpl(
          d, ac, sbbs.aci(ac), sbbs.tx(), activities.scheduler(), delayer)));
      if (tx.isRollbackOnly() || d.suspensionRequested()) {
        return true;
      }
    }
  }

  private SbbEntity next(ActivityContextImpl ac, EventEnvelope envelope, Set<SbbEntity> delivered) {
    List<SbbEntity> attached = ac.attached();
    attached.sort(DeliveryOrder.INSTANCE);
    for (SbbEntity e : attached) {
      if (!delivered.contains(e)
          && !e.isRemoved()
          && e.component().handler(envelope.eventType()) != null
          && (envelope.service() == null || envelope.service().equals(e.service()))
          && !ac.isMasked(e, envelope.eventType())) {
        return e;
      }
    }
    return null;
  }

  private void rolledBack(List<SbbEntity> invoked, EventEnvelope envelope, ActivityContextImpl ac) {
    for (SbbEntity e : invoked) {
      SleeTransactionImpl tx = begin();
      try {
        sbbs.entities().rolledBack(e, envelope.event(), ac);
        txm.commit();
      } catch (Exception | Error ex) {
        LOG.warn("sbbRolledBack of {} failed", e, ex);
        if (txm.current() == tx) {
          txm.rollback();
        }
      }
    }
  }

  private SleeTransactionImpl begin() {
    try {
      txm.beginSleeTransaction();
      return txm.current();
    } catch (javax.transaction.NotSupportedException e) {
      throw new IllegalStateException("event router thread already has a transaction", e);
    }
  }

  private void detachAll(ActivityContextImpl ac) {
    for (SbbEntity e : ac.attached()) {
      sbbs.aci(ac).detach(e);
    }
  }

  /**
   * After the ActivityEndEvent: detach everything (unless the delivery's last transaction did),
   * forget the activity, tell its owner.
   */
  private void finishEnd(ActivityContextImpl ac, boolean detached) {
    if (!detached || !ac.attached().isEmpty()) {
      SleeTransactionImpl tx = begin();
      try {
        detachAll(ac);
        txm.commit();
      } catch (Exception | Error e) {
        LOG.error("detaching SBB entities from ended {} failed", ac, e);
        if (txm.current() == tx) {
          txm.rollback();
        }
      }
    }
    activities.remove(ac);
    endHooks.forEach(h -> h.accept(ac));
    if (ac.owner() != null) {
      if (ActivityFlags.hasRequestEndedCallback(ac.activityFlags())) {
        RaCalls.call(ac.owner(), "activityEnded", ra -> ra.activityEnded(ac.handle()));
      }
      ac.owner().activityRemoved(ac.handle());
    }
  }

  private void raCallbacks(
      ActivityContextImpl ac, EventEnvelope envelope, boolean failed, boolean processedBySbb) {
    if (envelope.firedBy() == null) {
      return;
    }
    int flags = processedBySbb
        ? EventFlags.setSbbProcessedEvent(envelope.flags())
        : envelope.flags();
    if (!failed && EventFlags.hasRequestProcessingSuccessfulCallback(flags)) {
      RaCalls.call(envelope.firedBy(), "eventProcessingSuccessful", ra ->
          ra.eventProcessingSuccessful(ac.handle(), envelope.fireable(), envelope.event(),
              envelope.address(), envelope.receivableService(), flags));
    }
    if (failed && EventFlags.hasRequestProcessingFailedCallback(flags)) {
      RaCalls.call(envelope.firedBy(), "eventProcessingFailed", ra ->
          ra.eventProcessingFailed(ac.handle(), envelope.fireable(), envelope.event(),
              envelope.address(), envelope.receivableService(), flags, FailureReason.OTHER_REASON));
    }
    if (EventFlags.hasRequestEventReferenceReleasedCallback(flags)) {
      RaCalls.call(envelope.firedBy(), "eventUnreferenced", ra ->
          ra.eventUnreferenced(ac.handle(), envelope.fireable(), envelope.event(),
              envelope.address(), envelope.receivableService(), flags));
    }
  }

  @Override
  public void queueDrained(ActivityContextImpl ac) {
    if (ac.state() != ActivityState.ACTIVE || !ac.isUnreferenced()) {
      return;
    }
    if (ac.kind() == ActivityKind.NULL) {
      activities.end(ac);
    } else if (ac.owner() != null
        && ActivityFlags.hasRequestSleeActivityGCCallback(ac.activityFlags())
        && activities.reportUnreferenced(ac)) {
      RaCalls.call(ac.owner(), "activityUnreferenced", ra -> ra.activityUnreferenced(ac.handle()));
    }
  }
}
