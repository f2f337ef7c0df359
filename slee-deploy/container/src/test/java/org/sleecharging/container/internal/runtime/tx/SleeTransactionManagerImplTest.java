package org.sleecharging.container.internal.runtime.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javax.slee.TransactionRequiredLocalException;
import javax.transaction.NotSupportedException;
import javax.transaction.RollbackException;
import javax.transaction.Status;
import javax.transaction.Synchronization;
import org.junit.jupiter.api.Test;

class SleeTransactionManagerImplTest {
  private final SleeTransactionManagerImpl txm = new SleeTransactionManagerImpl();
  private final TxState state = new TxState(txm);
  private final List<String> log = new ArrayList<>();

  private Synchronization sync() {
    return new Synchronization() {
      @Override
      public void beforeCompletion() {
        log.add("before");
      }

      @Override
      public void afterCompletion(int status) {
        log.add("after:" + status);
      }
    };
  }

  @Test
  void rollbackRunsUndoActionsInReverseOrderAndNotTheCommitActions() throws Exception {
    txm.begin();
    state.undo(() -> log.add("undo1"));
    state.undo(() -> log.add("undo2"));
    state.atCommit(() -> log.add("commit"));
    txm.getTransaction().registerSynchronization(sync());

    txm.rollback();

    assertThat(log).containsExactly("undo2", "undo1", "after:" + Status.STATUS_ROLLEDBACK);
    assertThat(txm.getStatus()).isEqualTo(Status.STATUS_NO_TRANSACTION);
  }

  @Test
  void commitRunsBeforeCompletionThenCommitActionsAndForgetsUndo() throws Exception {
    txm.begin();
    state.undo(() -> log.add("undo"));
    state.atCommit(() -> log.add("commit"));
    txm.getTransaction().registerSynchronization(sync());

    txm.commit();

    assertThat(log).containsExactly("before", "commit", "after:" + Status.STATUS_COMMITTED);
    assertThat(txm.getTransaction()).isNull();
  }

  @Test
  void setRollbackOnlyMakesCommitRollBackAndThrow() throws Exception {
    txm.begin();
    state.undo(() -> log.add("undo"));
    state.atCommit(() -> log.add("commit"));
    txm.setRollbackOnly();
    assertThat(txm.getStatus()).isEqualTo(Status.STATUS_MARKED_ROLLBACK);

    assertThatThrownBy(txm::commit).isInstanceOf(RollbackException.class);
    assertThat(log).containsExactly("undo");
    assertThat(txm.getTransaction()).isNull();
  }

  @Test
  void aFailingBeforeCommitActionRollsBack() throws Exception {
    SleeTransactionImpl tx = (SleeTransactionImpl) txm.beginSleeTransaction();
    state.undo(() -> log.add("undo"));
    tx.beforeCommit(() -> {
      throw new IllegalStateException("store failed");
    });

    assertThatThrownBy(txm::commit).isInstanceOf(RollbackException.class)
        .hasRootCauseMessage("store failed");
    assertThat(log).containsExactly("undo");
  }

  @Test
  void noNestingAndMandatoryTransactionChecks() throws Exception {
    assertThatThrownBy(txm::require).isInstanceOf(TransactionRequiredLocalException.class);
    txm.begin();
    assertThatThrownBy(txm::begin).isInstanceOf(NotSupportedException.class);
    assertThat(txm.asSleeTransaction(txm.getTransaction())).isSameAs(txm.getSleeTransaction());
    var suspended = txm.suspend();
    assertThat(txm.getTransaction()).isNull();
    txm.resume(suspended);
    txm.commit();
    assertThatThrownBy(txm::commit).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void outsideATransactionChangesAreFinalAndCommitActionsRunAtOnce() {
    state.undo(() -> log.add("undo"));
    state.atCommit(() -> log.add("now"));

    assertThat(log).containsExactly("now");
  }
}
