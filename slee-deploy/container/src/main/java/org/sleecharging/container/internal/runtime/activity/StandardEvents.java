package org.sleecharging.container.internal.runtime.activity;

import javax.slee.ActivityEndEvent;
import javax.slee.EventTypeID;
import javax.slee.serviceactivity.ServiceStartedEvent;

/** The SLEE's own event types and their singleton events (JSLEE 1.1 §7.4.1, §8.7, §13.1). */
public final class StandardEvents {
  public static final EventTypeID ACTIVITY_END =
      new EventTypeID("javax.slee.ActivityEndEvent", "javax.slee", "1.0");
  public static final EventTypeID TIMER =
      new EventTypeID("javax.slee.facilities.TimerEvent", "javax.slee", "1.0");
  public static final EventTypeID SERVICE_STARTED_1_1 =
      new EventTypeID("javax.slee.serviceactivity.ServiceStartedEvent", "javax.slee", "1.1");
  public static final EventTypeID SERVICE_STARTED_1_0 =
      new EventTypeID("javax.slee.serviceactivity.ServiceStartedEvent", "javax.slee", "1.0");

  public static final ActivityEndEvent ACTIVITY_END_EVENT = new ActivityEndEvent() {
    @Override
    public String toString() {
      return "ActivityEndEvent";
    }
  };

  private StandardEvents() {}

  public static ServiceStartedEvent serviceStarted(javax.slee.ServiceID service) {
    return new ServiceStartedEvent() {
      @Override
      public javax.slee.ServiceID getService() {
        return service;
      }

      @Override
      public String toString() {
        return "ServiceStartedEvent[" + service + "]";
      }
    };
  }
}
