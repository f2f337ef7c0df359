package org.sleecharging.container.internal.runtime.facility;

import javax.slee.facilities.TimerEvent;
import javax.slee.facilities.TimerID;

/** One expiry of a timer (JSLEE 1.1 §13.1.6). */
record TimerEventImpl(
    TimerID timerID,
    long scheduledTime,
    long expiryTime,
    long period,
    int numRepetitions,
    int remainingRepetitions,
    int missedRepetitions)
    implements TimerEvent {
  @Override
  public TimerID getTimerID() {
    return timerID;
  }

  @Override
  public long getScheduledTime() {
    return scheduledTime;
  }

  @Override
  public long getExpiryTime() {
    return expiryTime;
  }

  @Override
  public long getPeriod() {
    return period;
  }

  @Override
  public int getNumRepetitions() {
    return numRepetitions;
  }

  @Override
  public int getRemainingRepetitions() {
    return remainingRepetitions;
  }

  @Override
  public int getMissedRepetitions() {
    return missedRepetitions;
  }
}
