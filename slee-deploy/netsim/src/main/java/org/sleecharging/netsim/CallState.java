package org.sleecharging.netsim;

import java.util.EnumMap;
import java.util.Map;

/**
 * States of a simulated call and the one transition function {@link #next(Step)}. A call is
 * {@link #ATTEMPTED} until the SBB connects or releases it, {@link #ALERTING} until answered,
 * then {@link #TALKING} or {@link #HELD}; hang-up or release ends it from any live state.
 */
public enum CallState {
  ATTEMPTED,
  ALERTING,
  TALKING,
  HELD,
  ENDED;

  /** Network steps (driver) and SBB steps (connect, release) on a call. */
  public enum Step {
    CONNECT,
    ANSWER,
    USAGE,
    HOLD,
    RESUME,
    HANG_UP,
    RELEASE
  }

  private static final Map<CallState, Map<Step, CallState>> TABLE = new EnumMap<>(CallState.class);

  static {
    allow(ATTEMPTED, Step.CONNECT, ALERTING);
    allow(ALERTING, Step.ANSWER, TALKING);
    allow(TALKING, Step.USAGE, TALKING);
    allow(TALKING, Step.HOLD, HELD);
    allow(HELD, Step.RESUME, TALKING);
    for (CallState live : new CallState[] {ATTEMPTED, ALERTING, TALKING, HELD}) {
      allow(live, Step.HANG_UP, ENDED);
      allow(live, Step.RELEASE, ENDED);
    }
  }

  private static void allow(CallState from, Step step, CallState to) {
    TABLE.computeIfAbsent(from, s -> new EnumMap<>(Step.class)).put(step, to);
  }

  /** The state after {@code step}, or null when this state does not allow it. */
  public CallState next(Step step) {
    Map<Step, CallState> row = TABLE.get(this);
    return row == null ? null : row.get(step);
  }

  public boolean isTerminal() {
    return this == ENDED;
  }
}
