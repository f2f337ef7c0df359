package org.sleecharging.container.internal.runtime.facility;

import javax.slee.nullactivity.NullActivity;
import org.sleecharging.container.internal.runtime.activity.Activities;
import org.sleecharging.container.internal.runtime.activity.ActivityContextImpl;
import org.sleecharging.container.internal.runtime.tx.TxState;

/** A null activity (JSLEE 1.1 §7.10): ends when told to, or once nothing references it. */
final class NullActivityImpl implements NullActivity {
  private final TxState tx;
  private final Activities activities;
  private volatile ActivityContextImpl ac;

  NullActivityImpl(TxState tx, Activities activities) {
    this.tx = tx;
    this.activities = activities;
  }

  void context(ActivityContextImpl value) {
    this.ac = value;
  }

  @Override
  public void endActivity() {
    tx.manager().require();
    ActivityContextImpl context = ac;
    tx.atCommit(() -> activities.end(context));
  }

  @Override
  public String toString() {
    return "NullActivity[" + (ac == null ? "?" : ac.id()) + "]";
  }
}
