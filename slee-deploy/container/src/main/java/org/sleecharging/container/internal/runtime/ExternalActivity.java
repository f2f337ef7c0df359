package org.sleecharging.container.internal.runtime;

import javax.slee.Address;
import javax.slee.EventTypeID;
import javax.slee.ServiceID;
import javax.slee.resource.ActivityIsEndingException;
import org.sleecharging.container.internal.runtime.activity.Activities;
import org.sleecharging.container.internal.runtime.activity.ActivityContextImpl;
import org.sleecharging.container.internal.runtime.activity.ActivityState;
import org.sleecharging.container.internal.runtime.activity.EventEnvelope;

/**
 * An activity started from outside any SBB or RA (the container's "fire this event" entry point
 * for test authors). It lives until {@link #end()}, whatever is attached to it.
 */
public final class ExternalActivity {
  private final Activities activities;
  private final String name;
  private volatile ActivityContextImpl ac;

  ExternalActivity(Activities activities, String name) {
    this.activities = activities;
    this.name = name;
  }

  void context(ActivityContextImpl value) {
    this.ac = value;
  }

  public String name() {
    return name;
  }

  /** Queues the event on this activity, for every service. */
  public void fire(EventTypeID type, Object event, Address address) throws ActivityIsEndingException {
    fire(type, event, address, null);
  }

  /** Queues the event on this activity; a non-null service limits processing to it (§8.5.1). */
  public void fire(EventTypeID type, Object event, Address address, ServiceID service)
      throws ActivityIsEndingException {
    if (type == null || event == null) {
      throw new NullPointerException(type == null ? "event type" : "event");
    }
    activities.enqueue(ac, EventEnvelope.internal(type, event, address, service));
  }

  /** Ends the activity: its ActivityEndEvent follows the events already queued. */
  public void end() {
    activities.end(ac);
  }

  public boolean isEnded() {
    return ac.state() == ActivityState.ENDED;
  }

  @Override
  public String toString() {
    return "ExternalActivity[" + name + "]";
  }
}
