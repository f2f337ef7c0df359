package org.sleecharging.events.value;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A non-negative exact decimal {@code number × 10^exponent} (TS 29.198-12 TpAmount). Never a
 * floating-point value. Stored in canonical form (trailing zeros stripped), so {@code 1.0} equals
 * {@code 1.00}.
 */
public final class Amount implements Comparable<Amount>, Serializable {
    private static final long serialVersionUID = 1L;

    /** Smallest exponent accepted: 10^-12 is finer than any currency's minor unit. */
    public static final int MIN_EXPONENT = -12;
    /** Largest exponent accepted. */
    public static final int MAX_EXPONENT = 12;
    /** The number must fit a signed 64-bit integer, as Diameter's Value-Digits (RFC 4006 §8.10). */
    public static final BigInteger MAX_NUMBER = BigInteger.valueOf(Long.MAX_VALUE);

    public static final Amount ZERO = new Amount(BigDecimal.ZERO);
    public static final Amount ONE = new Amount(BigDecimal.ONE);

    private final BigDecimal value;

    private Amount(BigDecimal canonical) {
        this.value = canonical;
    }

    /** {@code number × 10^exponent}; throws IllegalArgumentException if negative or out of range. */
    public static Amount of(long number, int exponent) {
        return valueOf(new BigDecimal(BigInteger.valueOf(number), -exponent));
    }

    /** Parses a plain decimal such as {@code "12.50"}. */
    public static Amount parse(String text) {
        if (text == null) {
            throw new NullPointerException("amount text is null");
        }
        try {
            return valueOf(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount '" + text + "' is not a decimal number", e);
        }
    }

    /** Wraps an exact decimal; throws IllegalArgumentException if negative or out of range. */
    public static Amount valueOf(BigDecimal decimal) {
        if (decimal == null) {
            throw new NullPointerException("amount is null");
        }
        if (decimal.signum() < 0) {
            throw new IllegalArgumentException("amount " + decimal.toPlainString() + " is negative");
        }
        if (decimal.signum() == 0) {
            return ZERO;
        }
        BigDecimal canonical = decimal.stripTrailingZeros();
        int exponent = -canonical.scale();
        if (exponent < MIN_EXPONENT || exponent > MAX_EXPONENT) {
            throw new IllegalArgumentException("amount " + decimal.toPlainString() + " has exponent " + exponent
                    + " outside [" + MIN_EXPONENT + ", " + MAX_EXPONENT + "]");
        }
        if (canonical.unscaledValue().compareTo(MAX_NUMBER) > 0) {
            throw new IllegalArgumentException("amount " + decimal.toPlainString() + " overflows: number "
                    + canonical.unscaledValue() + " exceeds " + MAX_NUMBER);
        }
        return new Amount(canonical);
    }

    public long number() {
        return value.unscaledValue().longValue();
    }

    public int exponent() {
        return value.signum() == 0 ? 0 : -value.scale();
    }

    public BigDecimal toBigDecimal() {
        return value;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public Amount plus(Amount other) {
        return valueOf(value.add(other.value));
    }

    /** Throws IllegalArgumentException if {@code other} is larger than this amount. */
    public Amount minus(Amount other) {
        return valueOf(value.subtract(other.value));
    }

    /** Subtracts at most this amount: never negative. */
    public Amount minusAtMost(Amount other) {
        return compareTo(other) <= 0 ? ZERO : minus(other);
    }

    public Amount min(Amount other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isGreaterThan(Amount other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Amount other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Amount && value.compareTo(((Amount) o).value) == 0;
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
