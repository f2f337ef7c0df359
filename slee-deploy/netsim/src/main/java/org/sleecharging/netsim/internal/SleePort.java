package org.sleecharging.netsim.internal;

import java.util.EnumMap;
import java.util.Map;
import javax.slee.SLEEException;
import javax.slee.UnrecognizedEventException;
import javax.slee.resource.ActivityFlags;
import javax.slee.resource.EventFlags;
import javax.slee.resource.FireEventException;
import javax.slee.resource.FireableEventType;
import javax.slee.resource.ResourceAdaptorContext;
import javax.slee.resource.SleeEndpoint;
import javax.slee.resource.StartActivityException;
import javax.slee.resource.UnrecognizedActivityHandleException;
import org.sleecharging.netsim.event.NetworkEvent;
import org.sleecharging.netsim.event.NetworkEventType;

/** The simulator's port onto the SLEE endpoint of its RA entity. */
final class SleePort implements NetworkPort {
  private final SleeEndpoint endpoint;
  private final Map<NetworkEventType, FireableEventType> types;

  private SleePort(SleeEndpoint endpoint, Map<NetworkEventType, FireableEventType> types) {
    this.endpoint = endpoint;
    this.types = types;
  }

  /**
   * Looks up every simulator event type.
   *
   * @throws IllegalStateException naming the event type the SLEE does not know
   */
  static SleePort of(ResourceAdaptorContext context) {
    Map<NetworkEventType, FireableEventType> types = new EnumMap<>(NetworkEventType.class);
    for (NetworkEventType t : NetworkEventType.values()) {
      try {
        types.put(t, context.getEventLookupFacility().getFireableEventType(t.eventTypeId()));
      } catch (UnrecognizedEventException e) {
        throw new IllegalStateException("event type " + t.eventTypeId() + " is not installed", e);
      }
    }
    return new SleePort(context.getSleeEndpoint(), types);
  }

  @Override
  public void start(SimActivity activity) {
    try {
      endpoint.startActivity(activity.handle(), activity, ActivityFlags.REQUEST_ENDED_CALLBACK);
    } catch (StartActivityException | SLEEException e) {
      throw new IllegalStateException("the SLEE refused to start " + activity + ": " + e, e);
    }
  }

  @Override
  public void fire(SimActivity activity, NetworkEvent event) {
    try {
      endpoint.fireEvent(activity.handle(), types.get(NetworkEventType.of(event)), event,
          activity.subscriber(), null, EventFlags.NO_FLAGS);
    } catch (FireEventException | SLEEException e) {
      throw new IllegalStateException("the SLEE refused " + event + ": " + e, e);
    }
  }

  @Override
  public void end(SimActivity activity) {
    try {
      endpoint.endActivity(activity.handle());
    } catch (UnrecognizedActivityHandleException e) {
      throw new IllegalStateException("the SLEE does not know " + activity, e);
    }
  }
}
