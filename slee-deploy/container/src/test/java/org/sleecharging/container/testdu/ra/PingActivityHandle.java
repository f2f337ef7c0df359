package org.sleecharging.container.testdu.ra;

import javax.slee.resource.ActivityHandle;
import org.sleecharging.container.testdu.ratype.PingActivity;

/** Activity and handle in one: the activity name identifies both. */
final class PingActivityHandle implements ActivityHandle, PingActivity {
  private final String name;

  PingActivityHandle(String name) {
    this.name = name;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PingActivityHandle && ((PingActivityHandle) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return "ping:" + name;
  }
}
