package org.sleecharging.netsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sleecharging.netsim.CallState.Step;

/** Every (state, step) pair of the call table: allowed ones go where they should, others fail. */
class CallStateTest {

  @Test
  void everyPairOfTheCallTable() {
    for (CallState s : CallState.values()) {
      for (Step step : Step.values()) {
        CallState expected = expected(s, step);
        assertThat(s.next(step)).as(s + " + " + step).isEqualTo(expected);
      }
    }
  }

  @Test
  void everyPairOfTheMessageTable() {
    for (MessageState s : MessageState.values()) {
      for (MessageState.Step step : MessageState.Step.values()) {
        MessageState expected = null;
        if (s == MessageState.SUBMITTED && step == MessageState.Step.ACCEPT) {
          expected = MessageState.ACCEPTED;
        } else if (s == MessageState.SUBMITTED && step == MessageState.Step.REJECT) {
          expected = MessageState.REJECTED;
        } else if (s == MessageState.ACCEPTED && step == MessageState.Step.DELIVER) {
          expected = MessageState.DELIVERED;
        } else if (s == MessageState.ACCEPTED && step == MessageState.Step.FAIL) {
          expected = MessageState.FAILED;
        }
        assertThat(s.next(step)).as(s + " + " + step).isEqualTo(expected);
      }
      assertThat(s.isTerminal()).isEqualTo(
          EnumSet.of(MessageState.REJECTED, MessageState.DELIVERED, MessageState.FAILED)
              .contains(s));
    }
  }

  @Test
  void everyPairOfTheContentTable() {
    for (ContentState s : ContentState.values()) {
      for (ContentState.Step step : ContentState.Step.values()) {
        ContentState expected = null;
        if (s == ContentState.REQUESTED && step == ContentState.Step.ALLOW) {
          expected = ContentState.ALLOWED;
        } else if (s == ContentState.REQUESTED && step == ContentState.Step.DENY) {
          expected = ContentState.DENIED;
        } else if (s == ContentState.ALLOWED && step == ContentState.Step.DELIVER) {
          expected = ContentState.DELIVERED;
        } else if (s == ContentState.ALLOWED && step == ContentState.Step.FAIL) {
          expected = ContentState.FAILED;
        }
        assertThat(s.next(step)).as(s + " + " + step).isEqualTo(expected);
      }
    }
  }

  private static CallState expected(CallState s, Step step) {
    Set<CallState> live =
        EnumSet.of(CallState.ATTEMPTED, CallState.ALERTING, CallState.TALKING, CallState.HELD);
    if (live.contains(s) && (step == Step.HANG_UP || step == Step.RELEASE)) {
      return CallState.ENDED;
    }
    if (s == CallState.ATTEMPTED && step == Step.CONNECT) {
      return CallState.ALERTING;
    }
    if (s == CallState.ALERTING && step == Step.ANSWER) {
      return CallState.TALKING;
    }
    if (s == CallState.TALKING && step == Step.USAGE) {
      return CallState.TALKING;
    }
    if (s == CallState.TALKING && step == Step.HOLD) {
      return CallState.HELD;
    }
    if (s == CallState.HELD && step == Step.RESUME) {
      return CallState.TALKING;
    }
    return null;
  }
}
