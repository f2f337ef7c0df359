package org.sleecharging.container.testdu.sbb;

import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.slee.ActivityContextInterface;
import javax.slee.ActivityEndEvent;
import javax.slee.ChildRelation;
import javax.slee.CreateException;
import javax.slee.InitialEventSelector;
import javax.slee.RolledBackContext;
import javax.slee.Sbb;
import javax.slee.SbbContext;
import javax.slee.facilities.TimerEvent;
import javax.slee.facilities.TimerFacility;
import javax.slee.facilities.TimerOptions;
import org.sleecharging.container.testdu.event.PingEvent;
import org.sleecharging.container.testdu.ratype.PingProvider;

/**
 * Root SBB of the test service: one entity per event key (initial event selector sets the key as
 * custom convergence name). Commands in the event drive CMP, child relations, timers, masks,
 * detach and rollback; everything observable is reported through the RA.
 */
public abstract class PingRootSbb implements Sbb {
  private SbbContext context;
  private PingProvider provider;
  private TimerFacility timers;

  public abstract String getKey();

  public abstract void setKey(String key);

  public abstract int getCount();

  public abstract void setCount(int count);

  public abstract PingChildLocal getChild();

  public abstract void setChild(PingChildLocal child);

  public abstract javax.slee.facilities.TimerID getTimer();

  public abstract void setTimer(javax.slee.facilities.TimerID timer);

  public abstract ChildRelation getChildRelation();

  /** Initial event selector: one root entity per event key. */
  public InitialEventSelector selectByKey(InitialEventSelector selector) {
    selector.setCustomName(((PingEvent) selector.getEvent()).getKey());
    return selector;
  }

  public void onPing(PingEvent event, ActivityContextInterface aci) {
    if (getKey() != null && !getKey().equals(event.getKey())) {
      return; // every entity attached to the activity gets the event; only its key's are ours
    }
    try {
      handle(event, aci);
    } catch (CreateException | javax.slee.UnrecognizedEventException e) {
      throw new IllegalStateException(e);
    }
    provider.report(state(event.getCommand()));
  }

  private void handle(PingEvent event, ActivityContextInterface aci)
      throws CreateException, javax.slee.UnrecognizedEventException {
    if (getKey() == null) {
      setKey(event.getKey());
    }
    String[] cmd = event.getCommand().split(" ");
    switch (cmd[0]) {
      case "count":
        setCount(getCount() + 1);
        break;
      case "child":
        if (getChild() == null) {
          setChild((PingChildLocal) getChildRelation().create());
        }
        getChild().increment();
        break;
      case "fail":
        setCount(getCount() + 100);
        setChild((PingChildLocal) getChildRelation().create());
        throw new IllegalStateException("failure requested by the test");
      case "rollback":
        setCount(getCount() + 100);
        setChild((PingChildLocal) getChildRelation().create());
        context.setRollbackOnly();
        break;
      case "timer":
        TimerOptions options = new TimerOptions();
        long start = System.currentTimeMillis() + Long.parseLong(cmd[1]);
        long period = Long.parseLong(cmd[2]);
        if (period == 0) {
          setTimer(timers.setTimer(aci, null, start, options));
        } else {
          // the periodic form needs period > 0 (JSLEE 1.1 §13.1.7)
          setTimer(timers.setTimer(aci, null, start, period, Integer.parseInt(cmd[3]), options));
        }
        break;
      case "detach":
        aci.detach(context.getSbbLocalObject());
        break;
      case "mask":
        context.maskEvent(new String[] {"Ping"}, aci);
        break;
      default:
        break;
    }
  }

  public void onTimer(TimerEvent event, ActivityContextInterface aci) {
    if (!event.getTimerID().equals(getTimer())) {
      return; // a timer event reaches every entity attached to the activity
    }
    provider.report(getKey() + " timer " + event.getNumRepetitions() + "/" + event.getRemainingRepetitions());
  }

  public void onActivityEnd(ActivityEndEvent event, ActivityContextInterface aci) {
    provider.report(getKey() + " activityEnd");
  }

  private String state(String command) {
    PingChildLocal child = getChild();
    return getKey() + " " + command + " count=" + getCount() + " child="
        + (child == null ? "none" : String.valueOf(child.get()));
  }

  @Override
  public void setSbbContext(SbbContext context) {
    this.context = context;
    try {
      Context env = (Context) new InitialContext().lookup("java:comp/env");
      provider = (PingProvider) env.lookup("slee/resources/ping/provider");
      timers = (TimerFacility) env.lookup("slee/facilities/timer");
    } catch (NamingException e) {
      throw new IllegalStateException("JNDI lookup failed", e);
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
    provider.report(getKey() + " removed");
  }

  @Override
  public void sbbLoad() {}

  @Override
  public void sbbStore() {}

  @Override
  public void sbbExceptionThrown(Exception exception, Object event, ActivityContextInterface aci) {
    provider.report("exceptionThrown " + exception.getMessage());
  }

  @Override
  public void sbbRolledBack(RolledBackContext context) {
    provider.report("rolledBack");
  }
}
