package org.sleecharging.container.internal.runtime;

import javax.slee.ActivityContextInterface;
import javax.slee.CreateException;
import javax.slee.RolledBackContext;
import javax.slee.Sbb;
import javax.slee.SbbContext;

/** Lifecycle methods that record themselves under a prefix. */
public abstract class BaseTestSbb implements Sbb {
  protected SbbContext context;

  protected abstract String prefix();

  @Override
  public void setSbbContext(SbbContext context) {
    this.context = context;
  }

  @Override
  public void unsetSbbContext() {
    this.context = null;
  }

  @Override
  public void sbbCreate() throws CreateException {
    Recorder.record(prefix() + ":create");
  }

  @Override
  public void sbbPostCreate() throws CreateException {}

  @Override
  public void sbbActivate() {}

  @Override
  public void sbbPassivate() {}

  @Override
  public void sbbLoad() {}

  @Override
  public void sbbStore() {}

  @Override
  public void sbbRemove() {
    Recorder.record(prefix() + ":remove");
  }

  @Override
  public void sbbExceptionThrown(Exception e, Object event, ActivityContextInterface aci) {
    Recorder.record(prefix() + ":exceptionThrown:" + e.getMessage());
  }

  @Override
  public void sbbRolledBack(RolledBackContext context) {
    Recorder.record(prefix() + ":rolledBack:" + context.getEvent());
  }
}
