package org.sleecharging.container.internal.runtime.facility;

import javax.slee.facilities.TimerID;

/** A timer's identity (JSLEE 1.1 §13.1). */
record TimerIdImpl(long id) implements TimerID {
  @Override
  public String toString() {
    return "Timer[" + id + "]";
  }
}
