package org.sleecharging.ra.engine;

import java.io.Serializable;
import java.util.Objects;

import org.sleecharging.events.value.Amount;

/** An inclusive range of amounts, for the SLA's debit and credit limits (TS 29.198-12 §10). */
public final class AmountRange implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Amount min;
    private final Amount max;

    private AmountRange(Amount min, Amount max) {
        this.min = min;
        this.max = max;
    }

    public static AmountRange of(Amount min, Amount max) {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.isGreaterThan(max)) {
            throw new IllegalArgumentException("range minimum " + min + " exceeds its maximum " + max);
        }
        return new AmountRange(min, max);
    }

    public boolean contains(Amount amount) {
        return !min.isGreaterThan(amount) && !amount.isGreaterThan(max);
    }

    public Amount min() {
        return min;
    }

    public Amount max() {
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AmountRange && min.equals(((AmountRange) o).min) && max.equals(((AmountRange) o).max);
    }

    @Override
    public int hashCode() {
        return 31 * min.hashCode() + max.hashCode();
    }

    @Override
    public String toString() {
        return "[" + min + ", " + max + "]";
    }
}
