package org.sleecharging.container.internal.runtime.tx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.slee.transaction.CommitListener;
import javax.slee.transaction.RollbackListener;
import javax.slee.transaction.SleeTransaction;
import javax.transaction.HeuristicMixedException;
import javax.transaction.RollbackException;
import javax.transaction.Synchronization;
import javax.transaction.SystemException;
import javax.transaction.xa.XAResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local SLEE transaction (JSLEE 1.1 §9). Transactional state is changed in place and each change
 * registers its undo action; rollback runs the undo actions in reverse order. Work that must only
 * happen once the transaction has committed (firing events, starting timers, RA callbacks) is
 * registered as an after-commit action. XA resources are not supported.
 */
public final class SleeTransactionImpl implements SleeTransaction {
  private static final Logger LOG = LoggerFactory.getLogger(SleeTransactionImpl.class);
  private static final AtomicLong IDS = new AtomicLong();

  private final long id = IDS.incrementAndGet();
  // One transaction per event: the lists and maps are made when first used, most stay empty.
  private Deque<Runnable> undo;
  private List<Runnable> beforeCommit = List.of();
  private List<Runnable> afterCommit = List.of();
  private List<Runnable> afterCommitLast = List.of();
  private List<Runnable> afterRollback = List.of();
  private List<Synchronization> synchronizations = List.of();
  /** Per-transaction data as key, value, key, value...: a transaction holds two or three. */
  private Object[] resources;
  private final Runnable unbind;
  private TxStatus status = TxStatus.ACTIVE;

  /** {@code unbind} detaches the transaction from its thread once it has completed. */
  SleeTransactionImpl(Runnable unbind) {
    this.unbind = unbind;
  }

  /** Records how to undo a change just made under this transaction. */
  public void onRollback(Runnable undoAction) {
    requireEnlistable();
    if (undo == null) {
      undo = new ArrayDeque<>();
    }
    undo.push(undoAction);
  }

  /** Runs after a successful commit, in registration order. */
  public void onCommit(Runnable action) {
    requireEnlistable();
    afterCommit = append(afterCommit, action);
  }

  /**
   * Runs after every {@link #onCommit} action, e.g. reference checks that must see the events the
   * transaction fired already queued.
   */
  public void onCommitLast(Runnable action) {
    requireEnlistable();
    afterCommitLast = append(afterCommitLast, action);
  }

  /** Runs before completion of a commit (e.g. sbbStore); may still cause a rollback by throwing. */
  public void beforeCommit(Runnable action) {
    requireEnlistable();
    beforeCommit = append(beforeCommit, action);
  }

  /** Runs after the undo actions of a rollback. */
  public void afterRollback(Runnable action) {
    requireEnlistable();
    afterRollback = append(afterRollback, action);
  }

  /** Runs after commit or rollback, e.g. to release locks. */
  public void afterCompletion(Runnable action) {
    onCommit(action);
    afterRollback(action);
  }

  /** Per-transaction data, e.g. which SBB entities already ran sbbLoad. */
  @SuppressWarnings("unchecked")
  public <T> T resource(Object key, Supplier<T> initial) {
    int free = 0;
    if (resources != null) {
      for (; free < resources.length && resources[free] != null; free += 2) {
        if (resources[free] == key || resources[free].equals(key)) {
          return (T) resources[free + 1];
        }
      }
    }
    T value = initial.get();
    if (resources == null) {
      resources = new Object[8];
    } else if (free == resources.length) {
      resources = java.util.Arrays.copyOf(resources, resources.length * 2);
    }
    resources[free] = key;
    resources[free + 1] = value;
    return value;
  }

  /** The list with the item added; the shared empty list is replaced by a list of our own. */
  private static <T> List<T> append(List<T> list, T item) {
    List<T> target = list.isEmpty() && !(list instanceof ArrayList) ? new ArrayList<>(4) : list;
    target.add(item);
    return target;
  }

  public boolean isActive() {
    return status.mayEnlist();
  }

  public boolean isRollbackOnly() {
    return status == TxStatus.MARKED_ROLLBACK;
  }

  private void requireEnlistable() {
    if (!status.mayEnlist()) {
      throw new IllegalStateException("transaction " + id + " is " + status);
    }
  }

  @Override
  public void commit() throws RollbackException, HeuristicMixedException, SystemException {
    requireEnlistable();
    RuntimeException beforeFailure = runBeforeCompletion();
    if (status == TxStatus.MARKED_ROLLBACK || beforeFailure != null) {
      rollback();
      RollbackException e = new RollbackException("transaction " + id + " was marked for rollback");
      if (beforeFailure != null) {
        e.initCause(beforeFailure);
      }
      throw e;
    }
    status = TxStatus.COMMITTING;
    status = TxStatus.COMMITTED;
    undo = null;
    unbind.run();
    runAll(afterCommit);
    runAll(afterCommitLast);
    afterCompletion();
  }

  /** Before-commit actions run while the transaction is still active, so they may do work. */
  private RuntimeException runBeforeCompletion() {
    try {
      for (int i = 0; i < beforeCommit.size() && status == TxStatus.ACTIVE; i++) {
        beforeCommit.get(i).run();
      }
      for (int i = 0; i < synchronizations.size() && status == TxStatus.ACTIVE; i++) {
        synchronizations.get(i).beforeCompletion();
      }
      return null;
    } catch (RuntimeException e) {
      LOG.debug("before-completion of transaction {} failed", id, e);
      return e;
    }
  }

  @Override
  public void rollback() {
    if (status == TxStatus.COMMITTED || status == TxStatus.ROLLED_BACK) {
      throw new IllegalStateException("transaction " + id + " already " + status);
    }
    status = TxStatus.ROLLING_BACK;
    while (undo != null && !undo.isEmpty()) {
      try {
        undo.pop().run();
      } catch (RuntimeException e) {
        LOG.error("undo action of transaction {} failed", id, e);
      }
    }
    status = TxStatus.ROLLED_BACK;
    unbind.run();
    runAll(afterRollback);
    afterCompletion();
  }

  private void runAll(List<Runnable> actions) {
    for (Runnable action : actions) {
      try {
        action.run();
      } catch (RuntimeException e) {
        LOG.error("completion action of transaction {} failed", id, e);
      }
    }
  }

  private void afterCompletion() {
    for (Synchronization s : synchronizations) {
      try {
        s.afterCompletion(status.code());
      } catch (RuntimeException e) {
        LOG.warn("synchronization {} of transaction {} failed after completion", s, id, e);
      }
    }
  }

  @Override
  public void setRollbackOnly() {
    if (!status.mayEnlist()) {
      throw new IllegalStateException("transaction " + id + " is " + status);
    }
    status = TxStatus.MARKED_ROLLBACK;
  }

  @Override
  public int getStatus() {
    return status.code();
  }

  @Override
  public void registerSynchronization(Synchronization sync) throws RollbackException {
    if (status == TxStatus.MARKED_ROLLBACK) {
      throw new RollbackException("transaction " + id + " is marked for rollback");
    }
    requireEnlistable();
    synchronizations = append(synchronizations, sync);
  }

  @Override
  public boolean enlistResource(XAResource xaRes) {
    throw new UnsupportedOperationException(
        "XA resources are not supported by the embedded SLEE's local transactions");
  }

  @Override
  public boolean delistResource(XAResource xaRes, int flag) {
    throw new UnsupportedOperationException(
        "XA resources are not supported by the embedded SLEE's local transactions");
  }

  /** Runs synchronously: the embedded SLEE has no asynchronous commit thread (JSLEE 1.1 §9.11). */
  @Override
  public void asyncCommit(CommitListener listener) {
    try {
      commit();
      if (listener != null) {
        listener.committed();
      }
    } catch (RollbackException e) {
      if (listener != null) {
        listener.rolledBack(e);
      }
    } catch (HeuristicMixedException e) {
      if (listener != null) {
        listener.heuristicMixed(e);
      }
    } catch (SystemException e) {
      if (listener != null) {
        listener.systemException(e);
      }
    }
  }

  @Override
  public void asyncRollback(RollbackListener listener) {
    rollback();
    if (listener != null) {
      listener.rolledBack();
    }
  }

  @Override
  public boolean equals(Object o) {
    return o == this;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(id);
  }

  @Override
  public String toString() {
    return "SleeTransaction[" + id + ", " + status + "]";
  }
}
