package org.sleecharging.ra.engine.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.LongRange;

import org.sleecharging.events.value.Amount;

class SplitAllocatorPropertyTest {

    @Property(tries = 10_000)
    void sharesSumToTheTotalAndStayWithinOneSmallestUnitOfTheExactShare(@ForAll("amounts") Amount total,
            @ForAll @Size(min = 1, max = 12) List<@LongRange(min = 1, max = 1000) Long> weights,
            @ForAll @IntRange(min = 0, max = 3) int minimumScale) {
        List<Amount> shares = SplitAllocator.split(total, weights, minimumScale);

        BigDecimal sum = BigDecimal.ZERO;
        long weightSum = 0;
        for (Long weight : weights) {
            weightSum += weight;
        }
        int scale = Math.max(minimumScale, Math.max(0, total.toBigDecimal().scale()));
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        for (int i = 0; i < shares.size(); i++) {
            BigDecimal share = shares.get(i).toBigDecimal();
            sum = sum.add(share);
            BigDecimal exact = total.toBigDecimal().multiply(BigDecimal.valueOf(weights.get(i)))
                    .divide(BigDecimal.valueOf(weightSum), scale + 10, java.math.RoundingMode.HALF_EVEN);
            assertThat(share.subtract(exact).abs()).isLessThan(unit);
            assertThat(share.scale() <= scale || share.stripTrailingZeros().scale() <= scale).isTrue();
        }
        assertThat(sum.compareTo(total.toBigDecimal())).as("no cent lost or created").isZero();
    }

    @Provide
    Arbitrary<Amount> amounts() {
        return Combinators.combine(Arbitraries.longs().between(0, 10_000_000_000L), Arbitraries.integers().between(-4, 2))
                .as(Amount::of);
    }

    @Example
    void tenEuroBetweenThreeGivesTheExtraCentToTheFirst() {
        assertThat(SplitAllocator.split(Amount.parse("10"), 3, 2))
                .containsExactly(Amount.parse("3.34"), Amount.parse("3.33"), Amount.parse("3.33"));
    }

    @Example
    void weightsAreHonouredAndLargestRemainderGetsTheLeftover() {
        List<Long> weights = new ArrayList<Long>();
        weights.add(1L);
        weights.add(2L);
        assertThat(SplitAllocator.split(Amount.parse("1.00"), weights, 2))
                .containsExactly(Amount.parse("0.33"), Amount.parse("0.67"));
    }

    @Example
    void volumesSplitInWholeUnits() {
        assertThat(SplitAllocator.split(Amount.parse("100"), 3, 0))
                .containsExactly(Amount.parse("34"), Amount.parse("33"), Amount.parse("33"));
    }
}
