package org.sleecharging.container.internal.runtime.router;

import java.util.HashSet;
import java.util.Set;
import org.sleecharging.container.internal.runtime.activity.EventEnvelope;
import org.sleecharging.container.internal.runtime.activity.SuspendedDelivery;
import org.sleecharging.container.internal.runtime.sbb.SbbEntity;

/**
 * The delivery of one event to the SBB entities of its activity (JSLEE 1.1 §8.5): who has had it,
 * whether initial event processing is done, whether a transaction failed, and its EventContext.
 * It survives a suspension (§8.6.3) and continues where it stopped.
 */
final class Delivery implements SuspendedDelivery {
  final EventEnvelope envelope;
  final Set<SbbEntity> delivered = new HashSet<>(4);
  boolean initialDone;
  boolean failed;
  /** Whether detaching after an ActivityEndEvent was tried in the delivery's last transaction. */
  boolean endDetachTried;
  /** Whether that transaction committed, so the entities are detached. */
  boolean endDetached;
  private EventContextImpl context;

  Delivery(EventEnvelope envelope) {
    this.envelope = envelope;
    this.initialDone = envelope.activityEnd();
  }

  /** Created on first use: most handlers take no EventContext. */
  EventContextImpl context(java.util.function.Supplier<EventContextImpl> factory) {
    if (context == null) {
      context = factory.get();
    }
    return context;
  }

  /** The EventContext, or null if no handler asked for it. */
  EventContextImpl context() {
    return context;
  }

  /** Whether an SBB asked, in the transaction about to commit, to suspend this delivery. */
  boolean suspensionRequested() {
    return context != null && context.suspensionRequested();
  }
}
