package org.sleecharging.netsim;

import java.util.EnumMap;
import java.util.Map;

/**
 * States of a simulated message: the SBB accepts or rejects a {@link #SUBMITTED} message; the
 * network then reports an {@link #ACCEPTED} one delivered or failed. Every other state is final.
 */
public enum MessageState {
  SUBMITTED,
  ACCEPTED,
  REJECTED,
  DELIVERED,
  FAILED;

  /** SBB steps (accept, reject) and network steps (deliver, fail). */
  public enum Step {
    ACCEPT,
    REJECT,
    DELIVER,
    FAIL
  }

  private static final Map<MessageState, Map<Step, MessageState>> TABLE =
      new EnumMap<>(MessageState.class);

  static {
    allow(SUBMITTED, Step.ACCEPT, ACCEPTED);
    allow(SUBMITTED, Step.REJECT, REJECTED);
    allow(ACCEPTED, Step.DELIVER, DELIVERED);
    allow(ACCEPTED, Step.FAIL, FAILED);
  }

  private static void allow(MessageState from, Step step, MessageState to) {
    TABLE.computeIfAbsent(from, s -> new EnumMap<>(Step.class)).put(step, to);
  }

  /** The state after {@code step}, or null when this state does not allow it. */
  public MessageState next(Step step) {
    Map<Step, MessageState> row = TABLE.get(this);
    return row == null ? null : row.get(step);
  }

  public boolean isTerminal() {
    return this == REJECTED || this == DELIVERED || this == FAILED;
  }
}
