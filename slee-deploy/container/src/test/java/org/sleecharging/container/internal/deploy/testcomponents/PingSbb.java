package org.sleecharging.container.internal.deploy.testcomponents;

import javax.slee.ActivityContextInterface;
import javax.slee.ChildRelation;
import javax.slee.Sbb;

/** The test root SBB; the deployer only checks its supertype, the runtime its shape. */
public abstract class PingSbb implements Sbb {

  public abstract ChildRelation getChildRelation();

  public abstract void setChild(PingSbbLocal child);

  public abstract PingSbbLocal getChild();

  public void onPing(PingEvent event, ActivityContextInterface aci) {
    getChildRelation();
  }
}
