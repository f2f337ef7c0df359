package org.sleecharging.netsim.driver;

/** What an SBB did to a simulated activity. */
public enum ActionKind {
  CALL_CONNECTED(false),
  CALL_RELEASED(true),
  CONTENT_ALLOWED(false),
  CONTENT_DENIED(true),
  DATA_SESSION_TERMINATED(true),
  MESSAGE_ACCEPTED(false),
  MESSAGE_REJECTED(true);

  private final boolean refusal;

  ActionKind(boolean refusal) {
    this.refusal = refusal;
  }

  /** Whether the SBB stopped the service (released, denied, terminated, rejected). */
  public boolean isRefusal() {
    return refusal;
  }
}
