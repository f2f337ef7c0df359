package org.sleecharging.launcher.standin;

import javax.slee.ActivityContextInterface;
import javax.slee.RolledBackContext;
import javax.slee.Sbb;
import javax.slee.SbbContext;
import org.sleecharging.netsim.CallActivity;
import org.sleecharging.netsim.DataSessionActivity;
import org.sleecharging.netsim.MessageActivity;
import org.sleecharging.netsim.event.CallAttempt;
import org.sleecharging.netsim.event.ContentRequested;
import org.sleecharging.netsim.event.DataSessionStarted;
import org.sleecharging.netsim.event.MessageSubmitted;

/**
 * Stands in for the feature services in launcher tests: lets every call, content and message
 * through without charging, so the launcher's scenarios run through a real SLEE and must find
 * that the OCS charged nothing.
 */
public abstract class StandInServiceSbb implements Sbb {

  public void onCallAttempt(CallAttempt event, ActivityContextInterface aci) {
    ((CallActivity) aci.getActivity()).connect();
  }

  public void onDataSessionStarted(DataSessionStarted event, ActivityContextInterface aci) {}

  public void onContentRequested(ContentRequested event, ActivityContextInterface aci) {
    ((DataSessionActivity) aci.getActivity()).allowContent(event.getContentId());
  }

  public void onMessageSubmitted(MessageSubmitted event, ActivityContextInterface aci) {
    ((MessageActivity) aci.getActivity()).accept();
  }

  @Override
  public void setSbbContext(SbbContext context) {}

  @Override
  public void unsetSbbContext() {}

  @Override
  public void sbbCreate() {}

  @Override
  public void sbbPostCreate() {}

  @Override
  public void sbbActivate() {}

  @Override
  public void sbbPassivate() {}

  @Override
  public void sbbLoad() {}

  @Override
  public void sbbStore() {}

  @Override
  public void sbbRemove() {}

  @Override
  public void sbbExceptionThrown(Exception e, Object event, ActivityContextInterface aci) {}

  @Override
  public void sbbRolledBack(RolledBackContext context) {}
}
