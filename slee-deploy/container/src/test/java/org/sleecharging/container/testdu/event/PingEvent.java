package org.sleecharging.container.testdu.event;

import java.io.Serializable;
import java.util.Objects;

/** Test event: a key (the convergence name of the root SBB) and a command for the SBB. */
public final class PingEvent implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final String command;

  public PingEvent(String key, String command) {
    this.key = Objects.requireNonNull(key, "key");
    this.command = Objects.requireNonNull(command, "command");
  }

  public String getKey() {
    return key;
  }

  public String getCommand() {
    return command;
  }

  @Override
  public String toString() {
    return "PingEvent[" + key + ' ' + command + ']';
  }
}
