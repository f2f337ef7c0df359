package org.sleecharging.container.internal.runtime;

import java.util.concurrent.atomic.AtomicInteger;
import javax.slee.ActivityContextInterface;
import javax.slee.CreateException;
import javax.slee.RolledBackContext;
import javax.slee.Sbb;
import javax.slee.SbbContext;

/** Records every lifecycle call as {@code lc:<object number>:<method>} (JSLEE 1.1 §6.3). */
public abstract class LifecycleSbb implements Sbb {
  static final AtomicInteger OBJECTS = new AtomicInteger();

  private final int number = OBJECTS.incrementAndGet();
  private SbbContext context;

  private void record(String method) {
    Recorder.record("lc:" + number + ":" + method);
  }

  public abstract int getCount();

  public abstract void setCount(int count);

  public void onPing(TestEvent e, ActivityContextInterface aci) {
    setCount(getCount() + 1);
    record("onPing:" + e.key() + ":" + getCount());
    if (e.key().equals("detach")) {
      aci.detach(context.getSbbLocalObject());
    }
    if (e.key().equals("rollback")) {
      context.setRollbackOnly();
    }
  }

  public void onFail(TestEvent e, ActivityContextInterface aci) {
    record("onFail");
    throw new IllegalStateException("lifecycle test failure");
  }

  @Override
  public void setSbbContext(SbbContext context) {
    this.context = context;
    record("setSbbContext");
  }

  @Override
  public void unsetSbbContext() {
    record("unsetSbbContext");
    context = null;
  }

  @Override
  public void sbbCreate() throws CreateException {
    record("sbbCreate");
  }

  @Override
  public void sbbPostCreate() throws CreateException {
    record("sbbPostCreate");
  }

  @Override
  public void sbbActivate() {
    record("sbbActivate");
  }

  @Override
  public void sbbPassivate() {
    record("sbbPassivate");
  }

  @Override
  public void sbbLoad() {
    record("sbbLoad");
  }

  @Override
  public void sbbStore() {
    record("sbbStore");
  }

  @Override
  public void sbbRemove() {
    record("sbbRemove");
  }

  @Override
  public void sbbExceptionThrown(Exception e, Object event, ActivityContextInterface aci) {
    record("sbbExceptionThrown");
  }

  @Override
  public void sbbRolledBack(RolledBackContext rolledBack) {
    record("sbbRolledBack");
  }
}
