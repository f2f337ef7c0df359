package org.sleecharging.container.internal.spi;

import javax.slee.EventTypeID;
import javax.slee.resource.ActivityHandle;
import javax.slee.resource.ResourceAdaptor;
import javax.slee.resource.ResourceAdaptorID;
import javax.slee.resource.ResourceAdaptorTypeID;

/**
 * What the activity runtime needs of a resource adaptor entity. Implemented by the RA side; the
 * runtime never drives the entity's lifecycle, it only calls back the RA object for the activities
 * and events the entity started and fired.
 */
public interface RaEntityRef {

  String name();

  ResourceAdaptorID resourceAdaptorId();

  /** The RA object; runtime callbacks on it run with {@link #classLoader()} as context loader. */
  ResourceAdaptor resourceAdaptor();

  ClassLoader classLoader();

  /** True while ACTIVE: an entity that is STOPPING or INACTIVE may not start new activities. */
  boolean acceptsNewActivities();

  /** True while ACTIVE or STOPPING: events may be fired on existing activities. */
  boolean mayFireEvents();

  /**
   * Whether the entity may fire this event type: it is one of the event types of its RA types, or
   * the RA descriptor sets ignore-ra-type-event-type-check.
   */
  boolean mayFire(EventTypeID eventType);

  boolean implementsRaType(ResourceAdaptorTypeID raType);

  /**
   * The RA's SBB interface for the RA type ({@code ResourceAdaptor.getResourceAdaptorInterface}),
   * or null when the RA type declares none.
   */
  Object sbbInterface(ResourceAdaptorTypeID raType);

  /**
   * The runtime has ended and forgotten one of this entity's activities; called after
   * {@code ResourceAdaptor.activityEnded}. Lets the RA side move a STOPPING entity to INACTIVE when
   * its last activity has ended (JSLEE 1.1 §15.2).
   */
  void activityRemoved(ActivityHandle handle);
}
