package org.sleecharging.container.internal.runtime.sbb;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.slee.ActivityContextInterface;
import javax.slee.CreateException;
import javax.slee.EventContext;
import javax.slee.RolledBackContext;
import javax.slee.SLEEException;
import javax.slee.ServiceID;
import org.sleecharging.container.internal.model.ChildRelationDescriptor;
import org.sleecharging.container.internal.runtime.activity.ActivityContextImpl;
import org.sleecharging.container.internal.runtime.activity.EventEnvelope;
import org.sleecharging.container.internal.runtime.tx.TxState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SBB entity trees: creation (root entities per service and convergence name, §8.6; children,
 * §6.8), removal with the whole subtree (§5.8.4), event handler invocation (§8.5.3, §6.9 exception
 * handling) and sbbRolledBack (§6.10).
 */
public final class SbbEntities {
  private static final Logger LOG = LoggerFactory.getLogger(SbbEntities.class);

  private final SbbRuntime runtime;
  private final TxState tx;
  private final Map<ServiceID, Map<Object, SbbEntity>> roots = new ConcurrentHashMap<>();

  SbbEntities(SbbRuntime runtime, TxState tx) {
    this.runtime = runtime;
    this.tx = tx;
  }

  private Map<Object, SbbEntity> roots(ServiceID service) {
    return roots.computeIfAbsent(service, s -> new ConcurrentHashMap<>());
  }

  /** The live root entity of the service with this convergence name, or null. */
  public SbbEntity root(ServiceID service, Object convergenceName) {
    SbbEntity e = roots(service).get(convergenceName);
    return e == null || e.isRemoved() ? null : e;
  }

  public List<SbbEntity> rootsOf(ServiceID service) {
    return new ArrayList<>(roots(service).values());
  }

  /** Entities of the service, children included. */
  public int count(ServiceID service) {
    int n = 0;
    for (SbbEntity root : roots(service).values()) {
      n += treeSize(root);
    }
    return n;
  }

  private int treeSize(SbbEntity e) {
    int n = 1;
    for (SbbEntity child : e.allChildren()) {
      n += treeSize(child);
    }
    return n;
  }

  /**
   * The root entity for the convergence name, locked for the current transaction, created first if
   * there is none (§8.6.1). Find-or-create is atomic per convergence name (the map's compute): a
   * concurrent transaction finds the new entity and waits for its tree lock, which the creating
   * transaction took before the entity became visible; if that transaction rolled back, the
   * waiting one tries again.
   */
  public SbbEntity findOrCreateRoot(
      SbbComponent c, ServiceID service, byte priority, Object convergenceName) throws Exception {
    Map<Object, SbbEntity> byName = roots(service);
    while (true) {
      SbbEntity[] created = new SbbEntity[1];
      SbbEntity existing = byName.compute(convergenceName, (name, current) -> {
        if (current != null && !current.isRemoved()) {
          return current;
        }
        SbbEntity fresh = new SbbEntity(c, service, null, null, priority, tx);
        fresh.convergenceName(name);
        runtime.lock(fresh); // a new tree's lock: taken at once
        created[0] = fresh;
        return fresh;
      });
      if (created[0] != null) {
        SbbEntity e = created[0];
        tx.undo(() -> {
          roots(service).remove(convergenceName, e);
          e.forget();
        });
        create(e);
        return e;
      }
      if (!runtime.lock(existing)) {
        throw new javax.slee.TransactionRolledbackLocalException("timed out locking " + existing);
      }
      if (!existing.isRemoved()) {
        return existing;
      }
    }
  }

  SbbEntity createChild(SbbEntity parent, ChildRelationDescriptor relation) throws CreateException {
    SbbComponent c =
        runtime
            .component(parent.component().descriptor().sbbRefs().get(relation.sbbAliasRef()))
            .orElseThrow(() -> new SLEEException(parent.component().id() + ": child SBB of alias "
                + relation.sbbAliasRef() + " is not installed"));
    SbbEntity child =
        new SbbEntity(c, parent.service(), parent, relation.methodName(), relation.defaultPriority(), tx);
    parent.addChild(child);
    tx.undo(child::forget);
    try {
      create(child);
    } catch (CreateException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new CreateException("creating child " + c.id() + " failed", e);
    }
    return child;
  }

  private void create(SbbEntity e) throws Exception {
    SbbObject o = runtime.assignNew(e);
    runtime.touched(e);
    runtime.inFrame(e, () -> {
      o.instance().sbbCreate();
      o.instance().sbbPostCreate();
      return null;
    });
  }

  /** Removes the entity and its descendants, children first (§5.8.4). */
  public void removeTree(SbbEntity e) {
    for (SbbEntity child : e.allChildren()) {
      removeTree(child);
    }
    try {
      runtime.invoke(e, o -> {
        o.instance().sbbRemove();
        return null;
      });
    } catch (RuntimeException ex) {
      throw ex;
    } catch (Exception ex) {
      throw new SLEEException("sbbRemove failed for " + e, ex);
    }
    for (ActivityContextImpl ac : e.activities()) {
      ac.detach(e);
    }
    if (e.parent() != null) {
      e.parent().removeChild(e);
    } else {
      roots(e.service()).remove(e.convergenceName(), e);
      tx.undo(() -> roots(e.service()).put(e.convergenceName(), e));
    }
    e.removed(true);
  }

  /** Removes root entities whose tree has no attachment left (§8.8.2). */
  void collectGarbage(Set<SbbEntity> candidates) {
    for (SbbEntity root : new ArrayList<>(candidates)) {
      if (!root.isRemoved() && root.treeAttachmentCount() == 0) {
        removeTree(root);
      }
    }
  }

  /**
   * Invokes the entity's event handler. A RuntimeException goes to sbbExceptionThrown, marks the
   * transaction for rollback and discards the object (§6.9); returns false then.
   */
  public boolean deliver(SbbEntity e, ActivityContextImpl ac, EventEnvelope envelope,
      Supplier<EventContext> eventContext) throws Exception {
    Method handler = e.component().handler(envelope.eventType());
    return runtime.invoke(e, o -> {
      Object aci = runtime.aciArgument(handler.getParameterTypes()[1], ac, e);
      Object[] args = handler.getParameterCount() == 3
          ? new Object[] {envelope.event(), aci, eventContext.get()}
          : new Object[] {envelope.event(), aci};
      try {
        handler.invoke(o.instance(), args);
        return true;
      } catch (InvocationTargetException ite) {
        Throwable cause = LocalObjects.unwrap(ite);
        if (!(cause instanceof RuntimeException) && !(cause instanceof Error)) {
          throw new SLEEException("event handler " + handler + " threw", cause);
        }
        exceptionThrown(e, o, cause, envelope.event(), (ActivityContextInterface) aci);
        return false;
      }
    });
  }

  private void exceptionThrown(
      SbbEntity e, SbbObject o, Throwable cause, Object event, ActivityContextInterface aci) {
    LOG.debug("{} threw from its event handler", e, cause);
    tx.manager().require().setRollbackOnly();
    Exception exception = cause instanceof Exception ex ? ex : new SLEEException(cause.toString(), cause);
    try {
      runtime.inFrame(e, () -> {
        o.instance().sbbExceptionThrown(exception, event, aci);
        return null;
      });
    } catch (Exception | Error ex) {
      LOG.warn("sbbExceptionThrown of {} threw", e, ex);
    }
    runtime.discard(e);
  }

  /** Calls sbbRolledBack in a new transaction (§6.10); the caller runs it in one. */
  public void rolledBack(SbbEntity e, Object event, ActivityContextImpl ac) throws Exception {
    if (e.isRemoved()) {
      return;
    }
    AciImpl aci = ac == null ? null : runtime.aci(ac);
    RolledBackContext context = new RolledBackContext() {
      @Override
      public Object getEvent() {
        return event;
      }

      @Override
      public ActivityContextInterface getActivityContextInterface() {
        return aci;
      }

      @Override
      public boolean isRemoveRolledBack() {
        return false;
      }
    };
    runtime.invoke(e, o -> {
      o.instance().sbbRolledBack(context);
      return null;
    });
  }
}
