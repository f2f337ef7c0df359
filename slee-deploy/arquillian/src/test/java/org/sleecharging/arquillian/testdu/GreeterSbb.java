package org.sleecharging.arquillian.testdu;

import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.slee.ActivityContextInterface;
import javax.slee.CreateException;
import javax.slee.RolledBackContext;
import javax.slee.Sbb;
import javax.slee.SbbContext;

/** Root SBB of the test service: greets through the RA link for every Greeting event. */
public abstract class GreeterSbb implements Sbb {
  private GreeterProvider provider;

  public void onGreeting(Greeting event, ActivityContextInterface aci) {
    provider.greet(event.getName());
  }

  @Override
  public void setSbbContext(SbbContext context) {
    try {
      Context env = (Context) new InitialContext().lookup("java:comp/env");
      provider = (GreeterProvider) env.lookup("slee/resources/greeter/provider");
    } catch (NamingException e) {
      throw new IllegalStateException("JNDI lookup of the greeter RA failed", e);
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
  public void sbbRemove() {}

  @Override
  public void sbbLoad() {}

  @Override
  public void sbbStore() {}

  @Override
  public void sbbExceptionThrown(Exception exception, Object event,
      ActivityContextInterface aci) {}

  @Override
  public void sbbRolledBack(RolledBackContext context) {}
}
