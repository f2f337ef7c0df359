package org.sleecharging.container.internal.ra;

import javax.slee.management.ResourceAdaptorEntityState;

/** RA entity states of JSLEE 1.1 §15.2 with what each allows. */
enum EntityState {
  INACTIVE(ResourceAdaptorEntityState.INACTIVE, false, false),
  ACTIVE(ResourceAdaptorEntityState.ACTIVE, true, true),
  STOPPING(ResourceAdaptorEntityState.STOPPING, false, true);

  private final ResourceAdaptorEntityState management;
  private final boolean acceptsNewActivities;
  private final boolean mayFireEvents;

  EntityState(ResourceAdaptorEntityState management, boolean acceptsNew, boolean mayFire) {
    this.management = management;
    this.acceptsNewActivities = acceptsNew;
    this.mayFireEvents = mayFire;
  }

  ResourceAdaptorEntityState management() {
    return management;
  }

  boolean acceptsNewActivities() {
    return acceptsNewActivities;
  }

  boolean mayFireEvents() {
    return mayFireEvents;
  }
}
