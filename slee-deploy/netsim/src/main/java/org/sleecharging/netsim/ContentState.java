package org.sleecharging.netsim;

import java.util.EnumMap;
import java.util.Map;

/**
 * States of one content request on a data session: the SBB allows or denies a {@link #REQUESTED}
 * content; the network then reports an {@link #ALLOWED} one delivered or failed.
 */
public enum ContentState {
  REQUESTED,
  ALLOWED,
  DENIED,
  DELIVERED,
  FAILED;

  /** SBB steps (allow, deny) and network steps (deliver, fail). */
  public enum Step {
    ALLOW,
    DENY,
    DELIVER,
    FAIL
  }

  private static final Map<ContentState, Map<Step, ContentState>> TABLE =
      new EnumMap<>(ContentState.class);

  static {
    allow(REQUESTED, Step.ALLOW, ALLOWED);
    allow(REQUESTED, Step.DENY, DENIED);
    allow(ALLOWED, Step.DELIVER, DELIVERED);
    allow(ALLOWED, Step.FAIL, FAILED);
  }

  private static void allow(ContentState from, Step step, ContentState to) {
    TABLE.computeIfAbsent(from, s -> new EnumMap<>(Step.class)).put(step, to);
  }

  /** The state after {@code step}, or null when this state does not allow it. */
  public ContentState next(Step step) {
    Map<Step, ContentState> row = TABLE.get(this);
    return row == null ? null : row.get(step);
  }

  public boolean isTerminal() {
    return this == DENIED || this == DELIVERED || this == FAILED;
  }
}
