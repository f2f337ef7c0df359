package org.sleecharging.netsim.event;

import javax.slee.EventTypeID;

/**
 * Every event type of the simulator, as declared in its event-jar.xml: name {@code
 * org.sleecharging.netsim.<ClassName>}, vendor {@code org.sleecharging}, version {@code 1.0}.
 */
public enum NetworkEventType {
  CALL_ATTEMPT(CallAttempt.class, ActivityKind.CALL),
  CALL_ANSWERED(CallAnswered.class, ActivityKind.CALL),
  CALL_USAGE(CallUsage.class, ActivityKind.CALL),
  CALL_HELD(CallHeld.class, ActivityKind.CALL),
  CALL_RESUMED(CallResumed.class, ActivityKind.CALL),
  CALL_HUNG_UP(CallHungUp.class, ActivityKind.CALL),
  DATA_SESSION_STARTED(DataSessionStarted.class, ActivityKind.DATA_SESSION),
  DATA_USAGE(DataUsage.class, ActivityKind.DATA_SESSION),
  DATA_SESSION_ENDED(DataSessionEnded.class, ActivityKind.DATA_SESSION),
  CONTENT_REQUESTED(ContentRequested.class, ActivityKind.DATA_SESSION),
  CONTENT_DELIVERED(ContentDelivered.class, ActivityKind.DATA_SESSION),
  CONTENT_DELIVERY_FAILED(ContentDeliveryFailed.class, ActivityKind.DATA_SESSION),
  MESSAGE_SUBMITTED(MessageSubmitted.class, ActivityKind.MESSAGE),
  MESSAGE_DELIVERED(MessageDelivered.class, ActivityKind.MESSAGE),
  MESSAGE_DELIVERY_FAILED(MessageDeliveryFailed.class, ActivityKind.MESSAGE);

  public static final String NAME_PREFIX = "org.sleecharging.netsim.";
  public static final String VENDOR = "org.sleecharging";
  public static final String VERSION = "1.0";

  private final Class<? extends NetworkEvent> eventClass;
  private final ActivityKind activityKind;
  private final EventTypeID id;

  NetworkEventType(Class<? extends NetworkEvent> eventClass, ActivityKind activityKind) {
    this.eventClass = eventClass;
    this.activityKind = activityKind;
    this.id = new EventTypeID(NAME_PREFIX + eventClass.getSimpleName(), VENDOR, VERSION);
  }

  public Class<? extends NetworkEvent> eventClass() {
    return eventClass;
  }

  /** The kind of activity events of this type are fired on. */
  public ActivityKind activityKind() {
    return activityKind;
  }

  public EventTypeID eventTypeId() {
    return id;
  }

  /** The type of an event object. */
  public static NetworkEventType of(NetworkEvent event) {
    for (NetworkEventType t : values()) {
      if (t.eventClass == event.getClass()) {
        return t;
      }
    }
    throw new IllegalArgumentException("not a simulator event: " + event.getClass().getName());
  }
}
