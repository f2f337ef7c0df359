package org.sleecharging.container.testdu.sbb;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.slee.ActivityContextInterface;
import javax.slee.CreateException;
import javax.slee.RolledBackContext;
import javax.slee.Sbb;
import javax.slee.SbbContext;
import org.sleecharging.container.testdu.ratype.PingProvider;

/** Child SBB with one CMP counter; reports its removal. */
public abstract class PingChildSbb implements Sbb {
  private PingProvider provider;

  public abstract int getValue();

  public abstract void setValue(int value);

  public int increment() {
    setValue(getValue() + 1);
    return getValue();
  }

  public int get() {
    return getValue();
  }

  @Override
  public void setSbbContext(SbbContext context) {
    try {
      provider = (PingProvider) new InitialContext().lookup("java:comp/env/slee/resources/ping/provider");
    } catch (NamingException e) {
      throw new IllegalStateException("JNDI lookup of the ping provider failed", e);
    }
  }

  @Override
  public void unsetSbbContext() {}

  @Override
  public void sbbCreate() throws CreateException {}

  @Override
  public void sbbPostCreate() throws CreateException {}

  @Override
  public void sbbActivate() {}

  @Override
  public void sbbPassivate() {}

  @Override
  public void sbbRemove() {
    provider.report("childRemoved");
  }

  @Override
  public void sbbLoad() {}

  @Override
  public void sbbStore() {}

  @Override
  public void sbbExceptionThrown(Exception exception, Object event, ActivityContextInterface aci) {}

  @Override
  public void sbbRolledBack(RolledBackContext context) {}
}
