package org.sleecharging.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TransitionTableTest {
    enum P { A, B }

    enum I { GO, STAY }

    enum X { DO }

    @Test
    void answersTheRowAndRefusesAMissingOneNamingPhaseAndInput() {
        var table = new TransitionTable<P, I, X>(P.class, I.class).on(P.A, I.GO, P.B, X.DO).ignore(P.B, I.STAY);

        assertThat(table.next(P.A, I.GO)).isEqualTo(Transition.to(P.B, X.DO));
        assertThat(table.next(P.B, I.STAY).next()).isEqualTo(P.B);
        assertThat(table.next(P.B, I.STAY).actions()).isEmpty();
        assertThatThrownBy(() -> table.next(P.B, I.GO))
                .isInstanceOfSatisfying(IllegalFeatureTransitionException.class, e -> {
                    assertThat(e.getPhase()).isEqualTo("B");
                    assertThat(e.getInput()).isEqualTo("GO");
                });
    }

    @Test
    void aRowCannotBeDefinedTwice() {
        var table = new TransitionTable<P, I, X>(P.class, I.class).on(P.A, I.GO, P.B);

        assertThatThrownBy(() -> table.on(P.A, I.GO, P.A)).isInstanceOf(IllegalArgumentException.class);
    }
}
