package org.sleecharging.ra.engine.split;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.sleecharging.events.value.Amount;

/**
 * Splits an exact amount between users by integer weights without losing or creating a single
 * smallest unit (largest-remainder method):
 *
 * <ol>
 * <li>Choose the smallest unit {@code 10^-scale}: {@code scale} is the larger of the minimum scale
 * given (a currency's minor unit, e.g. 2 for EUR; 0 for volumes) and the amount's own scale, so
 * an amount is never rounded.</li>
 * <li>Express the total as an integer {@code N} of smallest units.</li>
 * <li>Share {@code i} gets {@code floor(N × w_i / W)} units, {@code W} the sum of the weights.</li>
 * <li>The {@code R = N − Σ floor(...)} leftover units ({@code R < number of users}) go one each to
 * the users with the largest remainders {@code (N × w_i) mod W}; ties go to the earlier user.</li>
 * </ol>
 *
 * The shares sum to the total exactly, each differs from its exact proportional value by less
 * than one smallest unit, and the result is deterministic (a retry splits identically).
 */
public final class SplitAllocator {

    private SplitAllocator() {
    }

    /** Equal weights. */
    public static List<Amount> split(Amount total, int users, int minimumScale) {
        return split(total, Collections.nCopies(users, 1L), minimumScale);
    }

    public static List<Amount> split(Amount total, List<Long> weights, int minimumScale) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("no weights to split " + total + " by");
        }
        BigInteger weightSum = BigInteger.ZERO;
        for (Long weight : weights) {
            if (weight == null || weight <= 0) {
                throw new IllegalArgumentException("split weight " + weight + " in " + weights + " is not positive");
            }
            weightSum = weightSum.add(BigInteger.valueOf(weight));
        }
        int scale = Math.max(minimumScale, Math.max(0, total.toBigDecimal().scale()));
        if (weights.size() == 1) {
            // One user takes the whole total, only re-expressed in the smallest unit (an exact rescale).
            return Collections.singletonList(Amount.valueOf(total.toBigDecimal().setScale(scale)));
        }
        BigInteger units = total.toBigDecimal().movePointRight(scale).toBigIntegerExact();
        int n = weights.size();
        BigInteger[] shares = new BigInteger[n];
        BigInteger[] remainders = new BigInteger[n];
        BigInteger allocated = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger[] division = units.multiply(BigInteger.valueOf(weights.get(i))).divideAndRemainder(weightSum);
            shares[i] = division[0];
            remainders[i] = division[1];
            allocated = allocated.add(division[0]);
        }
        int leftover = units.subtract(allocated).intValueExact();
        for (int k = 0; k < leftover; k++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (remainders[i].signum() >= 0 && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
                    best = i;
                }
            }
            shares[best] = shares[best].add(BigInteger.ONE);
            remainders[best] = BigInteger.ONE.negate();
        }
        List<Amount> result = new ArrayList<Amount>(n);
        for (BigInteger share : shares) {
            result.add(Amount.valueOf(new BigDecimal(share, scale)));
        }
        return result;
    }
}
