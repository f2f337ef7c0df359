package org.sleecharging.netsim.it;

import javax.slee.ActivityContextInterface;
import javax.slee.Sbb;
import javax.slee.SbbContext;
import org.sleecharging.netsim.CallActivity;
import org.sleecharging.netsim.Cause;
import org.sleecharging.netsim.DataSessionActivity;
import org.sleecharging.netsim.MessageActivity;
import org.sleecharging.netsim.event.CallAttempt;
import org.sleecharging.netsim.event.CallUsage;
import org.sleecharging.netsim.event.ContentRequested;
import org.sleecharging.netsim.event.DataSessionStarted;
import org.sleecharging.netsim.event.MessageSubmitted;

/**
 * Test service of the simulator IT, one entity per activity: connects every call and releases it
 * once a usage report reaches a minute (as a charging service does when credit runs out); accepts
 * one-segment messages and rejects longer ones; allows content up to 1000 octets.
 */
public abstract class NetsimTestSbb implements Sbb {

  public void onCallAttempt(CallAttempt event, ActivityContextInterface aci) {
    ((CallActivity) aci.getActivity()).connect();
  }

  public void onCallUsage(CallUsage event, ActivityContextInterface aci) {
    if (event.getElapsed().getSeconds() >= 60) {
      ((CallActivity) aci.getActivity()).release(Cause.CREDIT_EXHAUSTED);
    }
  }

  public void onMessageSubmitted(MessageSubmitted event, ActivityContextInterface aci) {
    MessageActivity message = (MessageActivity) aci.getActivity();
    if (event.getSegments() == 1) {
      message.accept();
    } else {
      message.reject(Cause.CREDIT_DENIED);
    }
  }

  public void onDataSessionStarted(DataSessionStarted event, ActivityContextInterface aci) {}

  public void onContentRequested(ContentRequested event, ActivityContextInterface aci) {
    DataSessionActivity session = (DataSessionActivity) aci.getActivity();
    if (event.getOctets() <= 1000) {
      session.allowContent(event.getContentId());
    } else {
      session.denyContent(event.getContentId(), Cause.CREDIT_DENIED);
    }
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
  public void sbbRolledBack(javax.slee.RolledBackContext context) {}
}
