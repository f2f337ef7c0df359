package org.sleecharging.container.internal.runtime;

import javax.slee.ActivityContextInterface;
import javax.slee.usage.UnrecognizedUsageParameterSetNameException;

/** Counts pings in its default and a named usage parameter set. */
public abstract class UsageSbb extends BaseTestSbb {
  @Override
  protected String prefix() {
    return "usage-sbb";
  }

  public abstract TestUsage getDefaultSbbUsageParameterSet();

  public abstract TestUsage getSbbUsageParameterSet(String name)
      throws UnrecognizedUsageParameterSetNameException;

  public void onPing(TestEvent e, ActivityContextInterface aci) throws Exception {
    getDefaultSbbUsageParameterSet().incrementPings(1);
    getSbbUsageParameterSet("named").incrementPings(2);
  }
}
