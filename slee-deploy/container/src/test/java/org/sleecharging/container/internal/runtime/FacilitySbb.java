package org.sleecharging.container.internal.runtime;

import javax.naming.InitialContext;
import javax.slee.ActivityContextInterface;
import javax.slee.ActivityEndEvent;
import javax.slee.Address;
import javax.slee.facilities.ActivityContextNamingFacility;
import javax.slee.facilities.TimerEvent;
import javax.slee.facilities.TimerFacility;
import javax.slee.facilities.TimerID;
import javax.slee.facilities.TimerOptions;
import javax.slee.nullactivity.NullActivity;
import javax.slee.nullactivity.NullActivityContextInterfaceFactory;
import javax.slee.nullactivity.NullActivityFactory;

/** Uses the facilities through plain JNDI lookups, as real SBB code does. */
public abstract class FacilitySbb extends BaseTestSbb {
  @Override
  protected String prefix() {
    return "facility";
  }

  public abstract void fireCustom(TestEvent event, ActivityContextInterface aci, Address address);

  private static Object lookup(String name) throws Exception {
    return new InitialContext().lookup("java:comp/env/" + name);
  }

  public void onPing(TestEvent e, ActivityContextInterface aci) throws Exception {
    TimerFacility timers = (TimerFacility) lookup("slee/facilities/timer");
    ActivityContextNamingFacility naming =
        (ActivityContextNamingFacility) lookup("slee/facilities/activitycontextnaming");
    long now = System.currentTimeMillis();
    switch (e.key()) {
      case "periodic" -> timers.setTimer(aci, null, now + 10, 20, 3, new TimerOptions());
      case "cancel" -> {
        TimerID cancelled = timers.setTimer(aci, null, now + 30, new TimerOptions());
        timers.cancelTimer(cancelled);
        timers.setTimer(aci, null, now + 100, new TimerOptions());
      }
      case "null" -> {
        NullActivity activity = ((NullActivityFactory) lookup("slee/nullactivity/factory"))
            .createNullActivity();
        ActivityContextInterface nullAci =
            ((NullActivityContextInterfaceFactory) lookup("slee/nullactivity/activitycontextinterfacefactory"))
                .getActivityContextInterface(activity);
        nullAci.attach(context.getSbbLocalObject());
        fireCustom(new TestEvent("on-null", 0), nullAci, null);
      }
      case "null-end" -> {
        NullActivity activity = ((NullActivityFactory) lookup("slee/nullactivity/factory"))
            .createNullActivity();
        ((NullActivityContextInterfaceFactory) lookup("slee/nullactivity/activitycontextinterfacefactory"))
            .getActivityContextInterface(activity).attach(context.getSbbLocalObject());
        activity.endActivity();
      }
      case "long-timer" -> timers.setTimer(aci, null, now + 60_000, new TimerOptions());
      case "bind-and-fail" -> {
        naming.bind(aci, "rolled-back-name");
        throw new IllegalStateException("after bind");
      }
      case "bind" -> naming.bind(aci, "kept-name");
      case "lookup" -> Recorder.record("facility:lookup:"
          + (naming.lookup("rolled-back-name") != null) + ":" + (naming.lookup("kept-name") != null));
      case "env" -> Recorder.record("facility:env:" + lookup("greeting") + ":" + lookup("answer"));
      default -> throw new IllegalArgumentException(e.key());
    }
  }

  public void onCustom(TestEvent e, ActivityContextInterface aci) {
    Recorder.record("facility:custom:" + e.key() + ":" + aci.getActivity().getClass().getSimpleName());
    aci.detach(context.getSbbLocalObject());
  }

  public void onTimer(TimerEvent e, ActivityContextInterface aci) {
    Recorder.record("facility:timer:" + e.getRemainingRepetitions() + ":" + e.getNumRepetitions());
  }

  public void onActivityEnd(ActivityEndEvent e, ActivityContextInterface aci) {
    Recorder.record("facility:end:" + (aci.getActivity() instanceof NullActivity ? "null" : "other"));
  }
}
