package org.sleecharging.container.internal.runtime.tx;

/** Helpers for transactional state: change in place and log how to undo it. */
public final class TxState {
  private final SleeTransactionManagerImpl txm;

  public TxState(SleeTransactionManagerImpl txm) {
    this.txm = txm;
  }

  public SleeTransactionManagerImpl manager() {
    return txm;
  }

  /** Logs the undo action when a transaction is active; outside one the change is final. */
  public void undo(Runnable undoAction) {
    SleeTransactionImpl tx = txm.current();
    if (tx != null && tx.isActive()) {
      tx.onRollback(undoAction);
    }
  }

  /** Like {@link #atCommit} but after every other commit action of the transaction. */
  public void atCommitEnd(Runnable action) {
    SleeTransactionImpl tx = txm.current();
    if (tx != null && tx.isActive()) {
      tx.onCommitLast(action);
    } else {
      action.run();
    }
  }

  /** Runs the action at commit of the active transaction, or now when there is none. */
  public void atCommit(Runnable action) {
    SleeTransactionImpl tx = txm.current();
    if (tx != null && tx.isActive()) {
      tx.onCommit(action);
    } else {
      action.run();
    }
  }
}
