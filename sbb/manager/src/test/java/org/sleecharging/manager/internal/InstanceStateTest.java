package org.sleecharging.manager.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sleecharging.manager.internal.InstanceEvent.ANSWER_CONTINUED;
import static org.sleecharging.manager.internal.InstanceEvent.ANSWER_ERROR;
import static org.sleecharging.manager.internal.InstanceEvent.ANSWER_OK;
import static org.sleecharging.manager.internal.InstanceEvent.FINALISE_NOW;
import static org.sleecharging.manager.internal.InstanceEvent.RELEASED;
import static org.sleecharging.manager.internal.InstanceEvent.SESSION_LOST;
import static org.sleecharging.manager.internal.InstanceEvent.START_CHECK;
import static org.sleecharging.manager.internal.InstanceEvent.START_FINALISATION;
import static org.sleecharging.manager.internal.InstanceState.FINAL;
import static org.sleecharging.manager.internal.InstanceState.FINALISING;
import static org.sleecharging.manager.internal.InstanceState.INITIAL;
import static org.sleecharging.manager.internal.InstanceState.INITIAL_CHECK;
import static org.sleecharging.manager.internal.InstanceState.MID;
import static org.sleecharging.manager.internal.InstanceState.MID_CHECK;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleecharging.manager.ChargingState;

class InstanceStateTest {

    /** The expected table, written out independently of the implementation. */
    private static Map<InstanceState, Map<InstanceEvent, InstanceState>> expected() {
        Map<InstanceState, Map<InstanceEvent, InstanceState>> t =
                new EnumMap<InstanceState, Map<InstanceEvent, InstanceState>>(InstanceState.class);
        for (InstanceState s : InstanceState.values()) {
            t.put(s, new EnumMap<InstanceEvent, InstanceState>(InstanceEvent.class));
            t.get(s).put(SESSION_LOST, FINAL);
        }
        t.get(INITIAL).put(START_CHECK, INITIAL_CHECK);
        t.get(INITIAL).put(START_FINALISATION, FINALISING);
        t.get(INITIAL).put(FINALISE_NOW, FINAL);
        t.get(INITIAL_CHECK).put(ANSWER_OK, MID);
        t.get(INITIAL_CHECK).put(ANSWER_ERROR, INITIAL);
        t.get(MID).put(START_CHECK, MID_CHECK);
        t.get(MID).put(START_FINALISATION, FINALISING);
        t.get(MID_CHECK).put(ANSWER_OK, MID);
        t.get(MID_CHECK).put(ANSWER_ERROR, MID);
        t.get(MID_CHECK).put(ANSWER_CONTINUED, MID);
        t.get(FINALISING).put(RELEASED, FINAL);
        return t;
    }

    static List<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<Arguments>();
        Map<InstanceState, Map<InstanceEvent, InstanceState>> table = expected();
        for (InstanceState state : InstanceState.values()) {
            for (InstanceEvent event : InstanceEvent.values()) {
                pairs.add(Arguments.of(state, event, table.get(state).get(event)));
            }
        }
        return pairs;
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("everyPair")
    void everyStateEventPairIsEitherInTheTableOrRefused(InstanceState state, InstanceEvent event,
            InstanceState expectedNext) {
        if (expectedNext == null) {
            assertThatThrownBy(() -> state.next(event))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.getState()).isEqualTo(state);
                        assertThat(e.getEvent()).isEqualTo(event);
                    })
                    .hasMessageContaining(state.name()).hasMessageContaining(event.name());
        } else {
            assertThat(state.next(event)).isEqualTo(expectedNext);
        }
    }

    @Test
    void statesProjectToThePublicStateAndCarryTheirProperties() {
        assertThat(INITIAL.chargingState()).isEqualTo(ChargingState.INITIAL);
        assertThat(INITIAL_CHECK.chargingState()).isEqualTo(ChargingState.INITIAL);
        assertThat(MID.chargingState()).isEqualTo(ChargingState.MID);
        assertThat(MID_CHECK.chargingState()).isEqualTo(ChargingState.MID);
        assertThat(FINALISING.chargingState()).isEqualTo(ChargingState.MID);
        assertThat(FINAL.chargingState()).isEqualTo(ChargingState.FINAL);
        for (InstanceState state : InstanceState.values()) {
            assertThat(state.isCreditCheckInProgress())
                    .isEqualTo(state == INITIAL_CHECK || state == MID_CHECK || state == FINALISING);
            assertThat(state.isFinal()).isEqualTo(state == FINAL);
            assertThat(state.isGranted()).isEqualTo(state == MID || state == MID_CHECK || state == FINALISING);
        }
    }
}
