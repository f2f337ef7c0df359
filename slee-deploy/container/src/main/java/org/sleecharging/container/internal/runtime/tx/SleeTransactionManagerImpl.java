package org.sleecharging.container.internal.runtime.tx;

import javax.slee.TransactionRequiredLocalException;
import javax.slee.transaction.CommitListener;
import javax.slee.transaction.RollbackListener;
import javax.slee.transaction.SleeTransaction;
import javax.slee.transaction.SleeTransactionManager;
import javax.transaction.HeuristicMixedException;
import javax.transaction.InvalidTransactionException;
import javax.transaction.NotSupportedException;
import javax.transaction.RollbackException;
import javax.transaction.Status;
import javax.transaction.SystemException;
import javax.transaction.Transaction;
import org.sleecharging.container.internal.runtime.thread.SleeThreadLocal;

/**
 * Thread-bound SLEE transactions (JSLEE 1.1 §9.10): one transaction per thread, no nesting, local
 * only. {@link #current()} and {@link #require()} are what the runtime's transactional state uses
 * to register undo and after-commit actions.
 */
public final class SleeTransactionManagerImpl implements SleeTransactionManager {
  private final SleeThreadLocal<SleeTransactionImpl> bound = new SleeThreadLocal<>();

  /** The thread's transaction, or null. */
  public SleeTransactionImpl current() {
    return bound.get();
  }

  /** The thread's active transaction; JSLEE 1.1 §9.6: mandatory-transaction methods throw. */
  public SleeTransactionImpl require() {
    SleeTransactionImpl tx = bound.get();
    if (tx == null || !tx.isActive()) {
      throw new TransactionRequiredLocalException("no active SLEE transaction on this thread");
    }
    return tx;
  }

  @Override
  public void begin() throws NotSupportedException {
    beginSleeTransaction();
  }

  @Override
  public SleeTransaction beginSleeTransaction() throws NotSupportedException {
    if (bound.get() != null) {
      throw new NotSupportedException("nested transactions are not supported: " + bound.get());
    }
    SleeTransactionImpl[] self = new SleeTransactionImpl[1];
    SleeTransactionImpl tx =
        new SleeTransactionImpl(
            () -> {
              if (bound.get() == self[0]) {
                bound.remove();
              }
            });
    self[0] = tx;
    bound.set(tx);
    return tx;
  }

  @Override
  public void commit() throws RollbackException, HeuristicMixedException, SystemException {
    bound().commit();
  }

  @Override
  public void rollback() {
    bound().rollback();
  }

  private SleeTransactionImpl bound() {
    SleeTransactionImpl tx = bound.get();
    if (tx == null) {
      throw new IllegalStateException("no transaction bound to this thread");
    }
    return tx;
  }

  @Override
  public void setRollbackOnly() {
    bound().setRollbackOnly();
  }

  @Override
  public int getStatus() {
    SleeTransactionImpl tx = bound.get();
    return tx == null ? Status.STATUS_NO_TRANSACTION : tx.getStatus();
  }

  @Override
  public Transaction getTransaction() {
    return bound.get();
  }

  @Override
  public SleeTransaction getSleeTransaction() {
    return bound.get();
  }

  @Override
  public void setTransactionTimeout(int seconds) throws SystemException {
    if (seconds < 0) {
      throw new SystemException("negative transaction timeout: " + seconds);
    }
  }

  @Override
  public Transaction suspend() {
    SleeTransactionImpl tx = bound.get();
    bound.remove();
    return tx;
  }

  @Override
  public void resume(Transaction tx) throws InvalidTransactionException {
    if (bound.get() != null) {
      throw new IllegalStateException("a transaction is already bound to this thread");
    }
    if (!(tx instanceof SleeTransactionImpl local) || !local.isActive()) {
      throw new InvalidTransactionException("not an active transaction of this SLEE: " + tx);
    }
    bound.set(local);
  }

  @Override
  public SleeTransaction asSleeTransaction(Transaction tx) {
    if (tx == null) {
      throw new NullPointerException("transaction");
    }
    if (!(tx instanceof SleeTransactionImpl local)) {
      throw new IllegalArgumentException("not a transaction of this SLEE: " + tx);
    }
    return local;
  }

  @Override
  public void asyncCommit(CommitListener listener) {
    bound().asyncCommit(listener);
  }

  @Override
  public void asyncRollback(RollbackListener listener) {
    bound().asyncRollback(listener);
  }

  /** Runs work in its own transaction, or joins the thread's transaction if there is one. */
  public <T> T required(TxWork<T> work) throws Exception {
    if (bound.get() != null) {
      return work.run();
    }
    beginSleeTransaction();
    boolean done = false;
    try {
      T result = work.run();
      done = true;
      commit();
      return result;
    } finally {
      if (!done && bound.get() != null) {
        rollback();
      }
    }
  }

  /** Work run in a transaction. */
  @FunctionalInterface
  public interface TxWork<T> {
    T run() throws Exception;
  }
}
