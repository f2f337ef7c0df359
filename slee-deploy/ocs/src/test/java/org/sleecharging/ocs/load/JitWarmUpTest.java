package org.sleecharging.ocs.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The warm-up rule's bounds: never shorter than the least warm-up, never past the most by more than one window. */
class JitWarmUpTest {

    @Test
    void aFixedWarmUpLastsItsLengthAndNoWindowMore() throws Exception {
        Duration took = JitWarmUp.await(Duration.ofMillis(200), Duration.ofMillis(200));

        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(200)).isLessThan(Duration.ofMillis(200).plus(JitWarmUp.WINDOW));
    }

    @Test
    void aLongerMostWarmUpWaitsAtLeastOneWindowForTheJitAndNeverPastTheMostPlusOneWindow() throws Exception {
        Duration took = JitWarmUp.await(Duration.ZERO, Duration.ofSeconds(3));

        assertThat(took).isGreaterThanOrEqualTo(JitWarmUp.WINDOW)
                .isLessThan(Duration.ofSeconds(3).plus(JitWarmUp.WINDOW).plusMillis(500));
    }

    @Test
    void aQuietJitStillTakesSeveralQuietWindowsInARow() throws Exception {
        Duration took = JitWarmUp.await(Duration.ZERO, Duration.ofSeconds(60));

        assertThat(took).isGreaterThanOrEqualTo(JitWarmUp.WINDOW.multipliedBy(JitWarmUp.QUIET_WINDOWS));
        assertThat(JitWarmUp.compileMillis()).isGreaterThanOrEqualTo(0);
    }
}
