package org.sleecharging.arquillian.testdu;

import java.util.Objects;
import javax.slee.resource.ActivityHandle;

/** Handle and activity object of the test RA in one: an activity per name. */
public final class GreetingHandle implements ActivityHandle, GreetingActivity {
  private final String name;

  public GreetingHandle(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GreetingHandle h && h.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return "GreetingHandle[" + name + "]";
  }
}
