package org.sleecharging.ra.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sleecharging.ra.engine.state.SessionEvent.ABORTED;
import static org.sleecharging.ra.engine.state.SessionEvent.AMOUNT_DEBITED_OR_CREDITED;
import static org.sleecharging.ra.engine.state.SessionEvent.AMOUNT_RESERVED;
import static org.sleecharging.ra.engine.state.SessionEvent.CREDIT_CONTROL_FAILED;
import static org.sleecharging.ra.engine.state.SessionEvent.DIRECT_CHARGED;
import static org.sleecharging.ra.engine.state.SessionEvent.LIFETIME_EXPIRED;
import static org.sleecharging.ra.engine.state.SessionEvent.LIFETIME_EXTENDED;
import static org.sleecharging.ra.engine.state.SessionEvent.RATED;
import static org.sleecharging.ra.engine.state.SessionEvent.RELEASED;
import static org.sleecharging.ra.engine.state.SessionEvent.RESERVATION_CLOSED;
import static org.sleecharging.ra.engine.state.SessionEvent.VOLUME_DEBITED_OR_CREDITED;
import static org.sleecharging.ra.engine.state.SessionEvent.VOLUME_RESERVED;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every (state, event) pair of TS 29.198-12 §9.1 as this table expects it; absent pairs must throw. */
class SessionStateMachineTest {

    private static final Map<SessionState, Map<SessionEvent, SessionState>> TABLE =
            new EnumMap<SessionState, Map<SessionEvent, SessionState>>(SessionState.class);

    static {
        row(SessionState.SESSION_CREATED,
                AMOUNT_RESERVED, SessionState.AMOUNT_RESERVED,
                VOLUME_RESERVED, SessionState.VOLUME_RESERVED,
                DIRECT_CHARGED, SessionState.SESSION_CREATED,
                RATED, SessionState.SESSION_CREATED,
                RELEASED, SessionState.ENDED,
                LIFETIME_EXPIRED, SessionState.ENDED,
                ABORTED, SessionState.ENDED,
                CREDIT_CONTROL_FAILED, SessionState.ENDED);
        row(SessionState.AMOUNT_RESERVED,
                AMOUNT_RESERVED, SessionState.AMOUNT_RESERVED,
                AMOUNT_DEBITED_OR_CREDITED, SessionState.AMOUNT_RESERVED,
                RESERVATION_CLOSED, SessionState.RESERVATION_ENDED,
                DIRECT_CHARGED, SessionState.AMOUNT_RESERVED,
                RATED, SessionState.AMOUNT_RESERVED,
                LIFETIME_EXTENDED, SessionState.AMOUNT_RESERVED,
                RELEASED, SessionState.ENDED,
                LIFETIME_EXPIRED, SessionState.ENDED,
                ABORTED, SessionState.ENDED,
                CREDIT_CONTROL_FAILED, SessionState.ENDED);
        row(SessionState.VOLUME_RESERVED,
                VOLUME_RESERVED, SessionState.VOLUME_RESERVED,
                VOLUME_DEBITED_OR_CREDITED, SessionState.VOLUME_RESERVED,
                RESERVATION_CLOSED, SessionState.RESERVATION_ENDED,
                DIRECT_CHARGED, SessionState.VOLUME_RESERVED,
                RATED, SessionState.VOLUME_RESERVED,
                LIFETIME_EXTENDED, SessionState.VOLUME_RESERVED,
                RELEASED, SessionState.ENDED,
                LIFETIME_EXPIRED, SessionState.ENDED,
                ABORTED, SessionState.ENDED,
                CREDIT_CONTROL_FAILED, SessionState.ENDED);
        row(SessionState.RESERVATION_ENDED,
                DIRECT_CHARGED, SessionState.RESERVATION_ENDED,
                RATED, SessionState.RESERVATION_ENDED,
                RELEASED, SessionState.ENDED,
                LIFETIME_EXPIRED, SessionState.ENDED,
                ABORTED, SessionState.ENDED,
                CREDIT_CONTROL_FAILED, SessionState.ENDED);
        row(SessionState.ENDED);
    }

    private static void row(SessionState state, Object... transitions) {
        Map<SessionEvent, SessionState> row = new EnumMap<SessionEvent, SessionState>(SessionEvent.class);
        for (int i = 0; i < transitions.length; i += 2) {
            row.put((SessionEvent) transitions[i], (SessionState) transitions[i + 1]);
        }
        TABLE.put(state, row);
    }

    @TestFactory
    List<DynamicTest> everyStateEventPair() {
        List<DynamicTest> tests = new ArrayList<DynamicTest>();
        for (final SessionState state : SessionState.values()) {
            for (final SessionEvent event : SessionEvent.values()) {
                final SessionState expected = TABLE.get(state).get(event);
                tests.add(DynamicTest.dynamicTest(state + " + " + event + " → " + (expected == null ? "illegal" : expected),
                        () -> {
                            if (expected == null) {
                                assertThatThrownBy(() -> SessionStateMachine.next(state, event))
                                        .isInstanceOf(IllegalTransitionException.class)
                                        .hasMessageContaining(state.name()).hasMessageContaining(event.name())
                                        .hasMessageContaining("§9.1");
                            } else {
                                assertThat(SessionStateMachine.next(state, event)).isEqualTo(expected);
                            }
                        }));
            }
        }
        return tests;
    }

    @Test
    void propertiesFollowTheDiagram() {
        assertThat(SessionState.SESSION_CREATED.mayReserve()).isTrue();
        assertThat(SessionState.RESERVATION_ENDED.mayReserve()).isFalse();
        assertThat(SessionState.AMOUNT_RESERVED.holdsReservation()).isTrue();
        assertThat(SessionState.SESSION_CREATED.holdsReservation()).isFalse();
        assertThat(SessionState.ENDED.isTerminal()).isTrue();
        assertThat(SessionState.RESERVATION_ENDED.isTerminal()).isFalse();
    }

    @Test
    void illegalTransitionCarriesStateAndEvent() {
        IllegalTransitionException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalTransitionException.class,
                () -> SessionStateMachine.next(SessionState.RESERVATION_ENDED, AMOUNT_RESERVED));

        assertThat(e.getState()).isEqualTo(SessionState.RESERVATION_ENDED);
        assertThat(e.getEvent()).isEqualTo(AMOUNT_RESERVED);
    }
}
