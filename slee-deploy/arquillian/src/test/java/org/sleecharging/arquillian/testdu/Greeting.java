package org.sleecharging.arquillian.testdu;

import java.io.Serializable;
import java.util.Objects;

/** Test event: someone to greet. */
public final class Greeting implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String name;

  public Greeting(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  public String getName() {
    return name;
  }

  @Override
  public String toString() {
    return "Greeting[" + name + "]";
  }
}
