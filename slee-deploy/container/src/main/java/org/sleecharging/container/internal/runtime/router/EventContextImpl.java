package org.sleecharging.container.internal.runtime.router;

import java.util.concurrent.ScheduledFuture;
import javax.slee.ActivityContextInterface;
import javax.slee.Address;
import javax.slee.EventContext;
import javax.slee.ServiceID;
import javax.slee.TransactionRequiredLocalException;
import org.sleecharging.container.internal.runtime.activity.ActivityContextImpl;
import org.sleecharging.container.internal.runtime.activity.EventScheduler;
import org.sleecharging.container.internal.runtime.tx.SleeTransactionImpl;
import org.sleecharging.container.internal.runtime.tx.TxState;

/**
 * The EventContext of one event delivery (JSLEE 1.1 §8.6.3). suspendDelivery takes effect when
 * the calling transaction commits: the event reaches no further SBB, and no other event of the
 * activity is delivered, until an SBB resumes it (resumeDelivery, effective at its commit) or the
 * timeout expires. A rolled-back suspend or resume changes nothing. isSuspended answers as of the
 * calling transaction's own suspend or resume.
 */
final class EventContextImpl implements EventContext {
  /** Suspension timeout when the SBB gives none. */
  static final int DEFAULT_TIMEOUT_MILLIS = 60_000;

  private final Delivery delivery;
  private final ActivityContextImpl ac;
  private final ActivityContextInterface aci;
  private final TxState tx;
  private final EventScheduler scheduler;
  private final Delayer delayer;
  private int requestedTimeout;
  private volatile boolean suspended;
  private ScheduledFuture<?> timeout;
  private boolean completed;
  private boolean resumeRequested;

  EventContextImpl(Delivery delivery, ActivityContextImpl ac, ActivityContextInterface aci,
      TxState tx, EventScheduler scheduler, Delayer delayer) {
    this.delivery = delivery;
    this.ac = ac;
    this.aci = aci;
    this.tx = tx;
    this.scheduler = scheduler;
    this.delayer = delayer;
  }

  @Override
  public Object getEvent() {
    return delivery.envelope.event();
  }

  @Override
  public ActivityContextInterface getActivityContextInterface() {
    return aci;
  }

  @Override
  public Address getAddress() {
    return delivery.envelope.address();
  }

  @Override
  public ServiceID getService() {
    return delivery.envelope.service();
  }

  @Override
  public void suspendDelivery() {
    suspendDelivery(DEFAULT_TIMEOUT_MILLIS);
  }

  @Override
  public synchronized void suspendDelivery(int timeoutMillis) {
    if (timeoutMillis <= 0) {
      throw new IllegalArgumentException("suspension timeout must be > 0 ms: " + timeoutMillis);
    }
    SleeTransactionImpl t = requireTx();
    if (suspended || requestedTimeout > 0) {
      throw new IllegalStateException("delivery of " + getEvent() + " is already suspended");
    }
    if (completed) {
      throw new IllegalStateException("delivery of " + getEvent() + " has completed");
    }
    requestedTimeout = timeoutMillis;
    t.onRollback(() -> {
      synchronized (this) {
        requestedTimeout = 0;
      }
    });
  }

  /** Called by the router once the requesting transaction has committed. */
  synchronized void suspended() {
    suspended = true;
    int millis = requestedTimeout;
    requestedTimeout = 0;
    timeout = delayer.runLater(this::resumeNow, millis);
  }

  /** The event has reached every SBB it will reach: it can no longer be suspended. */
  synchronized void completed() {
    completed = true;
  }

  synchronized boolean suspensionRequested() {
    return requestedTimeout > 0;
  }

  @Override
  public synchronized void resumeDelivery() {
    SleeTransactionImpl t = requireTx();
    if (!suspended || resumeRequested) {
      throw new IllegalStateException("delivery of " + getEvent() + " is not suspended");
    }
    resumeRequested = true;
    t.onRollback(() -> {
      synchronized (this) {
        resumeRequested = false;
      }
    });
    t.onCommit(this::resumeNow);
  }

  private void resumeNow() {
    synchronized (this) {
      if (!suspended) {
        return;
      }
      suspended = false;
      resumeRequested = false;
      if (timeout != null) {
        timeout.cancel(false);
        timeout = null;
      }
    }
    scheduler.resumeDelivery(ac, delivery);
  }

  @Override
  public synchronized boolean isSuspended() {
    requireTx();
    return (suspended || requestedTimeout > 0) && !resumeRequested;
  }

  private SleeTransactionImpl requireTx() {
    SleeTransactionImpl t = tx.manager().current();
    if (t == null || !t.isActive()) {
      throw new TransactionRequiredLocalException("EventContext methods need a transaction");
    }
    return t;
  }

  @Override
  public String toString() {
    return "EventContext[" + delivery.envelope.eventType() + " on " + ac + "]";
  }
}
