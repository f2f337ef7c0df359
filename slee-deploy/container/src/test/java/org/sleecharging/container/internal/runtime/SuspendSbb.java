package org.sleecharging.container.internal.runtime;

import javax.slee.ActivityContextInterface;
import javax.slee.EventContext;

/**
 * Suspends and resumes event delivery (JSLEE 1.1 §8.6.3) as the event key says; the suspended
 * EventContext is kept in the Recorder for a later event to resume.
 */
public abstract class SuspendSbb extends BaseTestSbb {
  @Override
  protected String prefix() {
    return "suspend";
  }

  public void onPing(TestEvent e, ActivityContextInterface aci, EventContext context) {
    String service = this.context.getService().getName();
    Recorder.record("suspend:" + service + ":" + e.key());
    if (Recorder.get("suspended") != null) {
      return; // only the first SBB to see a suspend event suspends it
    }
    switch (e.key()) {
      case "suspend" -> {
        context.suspendDelivery();
        Recorder.put("suspended", context);
        Recorder.record("suspend:isSuspended-in-tx:" + context.isSuspended());
      }
      case "suspend-briefly" -> {
        context.suspendDelivery(300);
        Recorder.put("suspended", context);
      }
      case "suspend-then-roll-back" -> {
        context.suspendDelivery();
        this.context.setRollbackOnly();
      }
      default -> { }
    }
  }

  public void onOther(TestEvent e, ActivityContextInterface aci) {
    EventContext suspended = Recorder.get("suspended");
    if (suspended != null && suspended.isSuspended()) {
      suspended.resumeDelivery();
      Recorder.record("suspend:resumed-by:" + this.context.getService().getName());
    }
  }
}
