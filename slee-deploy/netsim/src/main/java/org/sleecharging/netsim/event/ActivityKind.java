package org.sleecharging.netsim.event;

/** The three kinds of network activity the simulator offers. */
public enum ActivityKind {
  CALL("call"),
  DATA_SESSION("data"),
  MESSAGE("msg");

  private final String prefix;

  ActivityKind(String prefix) {
    this.prefix = prefix;
  }

  /** Prefix of the ids of this kind, e.g. {@code call-7}. */
  public String prefix() {
    return prefix;
  }
}
