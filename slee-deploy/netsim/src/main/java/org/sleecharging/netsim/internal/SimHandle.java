package org.sleecharging.netsim.internal;

import javax.slee.resource.ActivityHandle;
import org.sleecharging.netsim.event.NetworkActivityId;

/** The SLEE's handle of a simulated activity: its id. */
final class SimHandle implements ActivityHandle {
  private final NetworkActivityId id;

  SimHandle(NetworkActivityId id) {
    this.id = id;
  }

  NetworkActivityId id() {
    return id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SimHandle && ((SimHandle) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "netsim:" + id;
  }
}
