package org.sleecharging.container.internal.runtime.tx;

import javax.transaction.Status;

/** The states of a SLEE transaction (JSLEE 1.1 §9.1) with their javax.transaction status codes. */
enum TxStatus {
  ACTIVE(Status.STATUS_ACTIVE, true),
  MARKED_ROLLBACK(Status.STATUS_MARKED_ROLLBACK, true),
  PREPARING(Status.STATUS_PREPARING, false),
  COMMITTING(Status.STATUS_COMMITTING, false),
  ROLLING_BACK(Status.STATUS_ROLLING_BACK, false),
  COMMITTED(Status.STATUS_COMMITTED, false),
  ROLLED_BACK(Status.STATUS_ROLLEDBACK, false);

  private final int code;
  private final boolean mayEnlist;

  TxStatus(int code, boolean mayEnlist) {
    this.code = code;
    this.mayEnlist = mayEnlist;
  }

  int code() {
    return code;
  }

  /** Whether work (undo actions, synchronizations) may still be added. */
  boolean mayEnlist() {
    return mayEnlist;
  }
}
