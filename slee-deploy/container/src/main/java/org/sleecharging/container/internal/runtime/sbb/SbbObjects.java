package org.sleecharging.container.internal.runtime.sbb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.slee.SLEEException;
import javax.slee.ServiceID;
import javax.transaction.Status;
import org.sleecharging.container.internal.runtime.tx.SleeTransactionImpl;
import org.sleecharging.container.internal.runtime.tx.TxState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SBB object lifecycle (JSLEE 1.1 §6.3). Does Not Exist → Pooled: setSbbContext. Pooled →
 * Ready: sbbCreate/sbbPostCreate for a new entity, sbbActivate for an existing one. In the Ready
 * state, sbbLoad once per transaction before the object's first use and sbbStore before commit.
 * After a commit the object stays Ready with its entity (at most {@link ReadySbbObjects#capacity()}
 * objects, least recently used passivated first); after a rollback it leaves its entity with
 * sbbPassivate, so the next transaction activates and loads an object from the committed state.
 * Leaving the entity: sbbPassivate (nothing after sbbRemove, or when the entity's creation rolled
 * back) and back to the pool; a full pool discards it with unsetSbbContext. An object whose method
 * threw a RuntimeException is discarded with no further call (§6.9).
 */
final class SbbObjects {
  private static final Logger LOG = LoggerFactory.getLogger(SbbObjects.class);
  private static final String ASSIGNED = "sbb.assigned";

  private final SbbRuntime runtime;
  private final TxState tx;
  private final ReadySbbObjects ready;

  SbbObjects(SbbRuntime runtime, TxState tx, int readyObjects) {
    this.runtime = runtime;
    this.tx = tx;
    this.ready = new ReadySbbObjects(readyObjects);
  }

  /** A Pooled object of the component: from its pool, else a new one given its context. */
  SbbObject pooled(SbbComponent c, ServiceID service) throws Exception {
    SbbObject object = c.pool().take();
    if (object == null) {
      SbbObject fresh = new SbbObject(c);
      runtime.inFrame(c, service, () -> {
        fresh.instance().setSbbContext(fresh.context());
        return null;
      });
      object = fresh;
    }
    return object;
  }

  /** The entity's Ready object in the current transaction: activated and loaded on first use. */
  SbbObject ready(SbbEntity entity) throws Exception {
    SleeTransactionImpl t = tx.manager().require();
    SbbObject object = entity.object();
    if (object == null) {
      SbbObject fresh = pooled(entity.component(), entity.service());
      assign(entity, fresh);
      callOrDiscard(entity, () -> fresh.instance().sbbActivate());
      object = fresh;
    }
    if (assigned(t).add(entity)) {
      SbbObject loaded = object;
      callOrDiscard(entity, () -> loaded.instance().sbbLoad());
      t.beforeCommit(() -> store(entity));
    }
    return object;
  }

  /** A Ready object for a new entity; sbbCreate and sbbPostCreate are the caller's to run. */
  SbbObject assignNew(SbbEntity entity) throws Exception {
    SbbObject object = pooled(entity.component(), entity.service());
    assign(entity, object);
    assigned(tx.manager().require()).add(entity);
    tx.manager().require().beforeCommit(() -> store(entity));
    return object;
  }

  private static void assign(SbbEntity entity, SbbObject object) {
    object.entity(entity);
    entity.object(object);
  }

  private static Set<SbbEntity> assigned(SleeTransactionImpl t) {
    return t.resource(ASSIGNED, () -> new LinkedHashSet<>(4));
  }

  private void store(SbbEntity entity) {
    SbbObject object = entity.object();
    if (object != null && !entity.isRemoved()) {
      try {
        callOrDiscard(entity, () -> object.instance().sbbStore());
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new SLEEException("sbbStore failed for " + entity, e);
      }
    }
  }

  /**
   * The transaction has completed (before its tree locks are released). After a commit the objects
   * it used stay Ready with their entities, up to the capacity; after a rollback they leave them.
   * Objects of removed entities go back to the pool.
   */
  void completed(SleeTransactionImpl t) {
    boolean keep = t.getStatus() == Status.STATUS_COMMITTED && ready.capacity() > 0;
    List<SbbEntity> over = new ArrayList<>();
    for (SbbEntity entity : new ArrayList<>(assigned(t))) {
      SbbObject object = entity.object();
      if (object == null) {
        continue;
      }
      if (entity.isRemoved()) {
        // §6.3: after sbbRemove (or a creation that rolled back) the object is Pooled already.
        ready.forget(entity);
        leave(entity, object);
      } else if (keep) {
        over.addAll(ready.keep(entity));
      } else {
        passivate(entity);
      }
    }
    over.forEach(this::evict);
  }

  /**
   * Passivates a Ready object over the capacity if its tree is free; a tree in use by another
   * transaction (or by this thread) keeps its object Ready for now.
   */
  private void evict(SbbEntity entity) {
    if (entity.heldByCurrentThread() || !entity.tryLockTree()) {
      ready.giveBack(entity);
      return;
    }
    try {
      if (entity.object() != null && !entity.isRemoved()) {
        passivate(entity);
      }
    } finally {
      entity.releaseTree();
    }
  }

  /** sbbPassivate and back to the pool; an object whose sbbPassivate threw is discarded. */
  private void passivate(SbbEntity entity) {
    SbbObject object = entity.object();
    ready.forget(entity);
    try {
      runtime.inFrame(entity, () -> {
        object.instance().sbbPassivate();
        return null;
      });
    } catch (Exception | Error e) {
      // No transaction to report to but the log; the object is discarded (§6.9).
      LOG.warn("sbbPassivate of {} threw; the SBB object is discarded (§6.9)", entity, e);
      discard(entity);
      return;
    }
    leave(entity, object);
  }

  private void leave(SbbEntity entity, SbbObject object) {
    entity.object(null);
    object.entity(null);
    toPool(object, entity.service());
  }

  /**
   * Passivates the Ready objects kept between transactions, of one component or (null) all; for
   * container close and component uninstall, when no transaction runs on their entities.
   */
  void passivateReady(SbbComponent component) {
    for (SbbEntity entity : ready.drain()) {
      if (component != null && entity.component() != component) {
        ready.giveBack(entity);
      } else if (entity.object() != null && !entity.isRemoved()) {
        passivate(entity);
      }
    }
  }

  /** Back to the pool, or unsetSbbContext and gone when the pool is full (§6.3). */
  void toPool(SbbObject object, ServiceID service) {
    if (!object.component().pool().offer(object)) {
      unset(object, service);
    }
  }

  /** The object is thrown away after a RuntimeException (§6.9: no further method calls). */
  void discard(SbbEntity entity) {
    ready.forget(entity);
    SbbObject object = entity.object();
    if (object != null) {
      object.entity(null);
      entity.object(null);
    }
    SleeTransactionImpl t = tx.manager().current();
    if (t != null) {
      assigned(t).remove(entity);
    }
  }

  /** Empties the component's pool, each object getting unsetSbbContext (close, uninstall). */
  void drain(SbbComponent c) {
    for (SbbObject object : c.pool().drain()) {
      unset(object, null);
    }
  }

  private void unset(SbbObject object, ServiceID service) {
    try {
      runtime.inFrame(object.component(), service, () -> {
        object.instance().unsetSbbContext();
        return null;
      });
    } catch (Exception | Error e) {
      LOG.warn("unsetSbbContext of an SBB object of {} threw", object.component().id(), e);
    }
  }

  private interface Call {
    void run() throws Exception;
  }

  /** Runs a lifecycle method; a RuntimeException discards the object and propagates (§6.9). */
  private void callOrDiscard(SbbEntity entity, Call call) throws Exception {
    try {
      runtime.inFrame(entity, () -> {
        call.run();
        return null;
      });
    } catch (RuntimeException | Error e) {
      discard(entity);
      throw e;
    }
  }
}
