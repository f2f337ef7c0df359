package org.sleecharging.container.internal.deploy;

import java.util.List;
import javax.slee.EventTypeID;
import javax.slee.management.DeployableUnitID;
import org.sleecharging.container.internal.model.DescriptorSource;
import org.sleecharging.container.internal.model.EventTypeDescriptor;
import org.sleecharging.container.internal.spi.InstalledComponent;

/**
 * The event types every JAIN SLEE 1.1 container provides without any deployable unit (activity end,
 * timer, service started in its 1.0 and 1.1 versions), so SBBs can reference them. They belong to a
 * pseudo deployable unit that is never listed and cannot be uninstalled. The profile event types
 * are left out: profiles are not supported.
 */
final class StandardComponents {

  /** The pseudo unit the standard components belong to. */
  static final DeployableUnitID UNIT = new DeployableUnitID("jslee:standard-components");

  static final String VENDOR = "javax.slee";
  static final String PROFILE_EVENT_PREFIX = "javax.slee.profile.";

  private StandardComponents() {}

  static List<InstalledComponent<?>> eventTypes(ClassLoader apiLoader) {
    return List.of(
        event(apiLoader, "javax.slee.ActivityEndEvent", "1.0"),
        event(apiLoader, "javax.slee.facilities.TimerEvent", "1.0"),
        event(apiLoader, "javax.slee.serviceactivity.ServiceStartedEvent", "1.0"),
        event(apiLoader, "javax.slee.serviceactivity.ServiceStartedEvent", "1.1"));
  }

  /** A standard profile event type, which this container does not provide. */
  static boolean isProfileEvent(Object id) {
    return id instanceof EventTypeID e
        && VENDOR.equals(e.getVendor())
        && e.getName().startsWith(PROFILE_EVENT_PREFIX);
  }

  private static InstalledComponent<EventTypeDescriptor> event(
      ClassLoader apiLoader, String className, String version) {
    EventTypeDescriptor d =
        new EventTypeDescriptor(
            new EventTypeID(className, VENDOR, version),
            new DescriptorSource(UNIT.getURL(), null, "standard event types", "event-definition"),
            "JAIN SLEE 1.1 standard event type",
            List.of(),
            className);
    return new InstalledComponent<>(d, apiLoader, UNIT);
  }
}
