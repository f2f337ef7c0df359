package org.sleecharging.container.internal.runtime.activity;

/** Activity context states (JSLEE 1.1 §7.3). */
public enum ActivityState {
  ACTIVE(true),
  ENDING(false),
  ENDED(false);

  private final boolean acceptsEvents;

  ActivityState(boolean acceptsEvents) {
    this.acceptsEvents = acceptsEvents;
  }

  /** Whether new events may be fired on the activity (§7.3.2: not once it is ending). */
  public boolean acceptsEvents() {
    return acceptsEvents;
  }
}
