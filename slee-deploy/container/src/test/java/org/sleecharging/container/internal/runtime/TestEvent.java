package org.sleecharging.container.internal.runtime;

import java.io.Serializable;
import javax.slee.EventTypeID;

/** An event of the test event types; {@code key} feeds custom convergence names. */
public record TestEvent(String key, int seq) implements Serializable {
  public static final EventTypeID PING = type("Ping");
  public static final EventTypeID FAIL = type("Fail");
  public static final EventTypeID ROLLBACK_ONLY = type("RollbackOnly");
  public static final EventTypeID OTHER = type("Other");
  public static final EventTypeID BLOCK = type("Block");
  public static final EventTypeID CUSTOM = type("Custom");

  public static EventTypeID type(String name) {
    return new EventTypeID("test." + name, "org.test", "1.0");
  }
}
