package org.sleecharging.events.value;

import java.io.Serializable;
import java.util.Objects;

/** A quantity of one {@link Unit} (TS 29.198-12 TpVolume). */
public final class Volume implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Amount amount;
    private final Unit unit;

    private Volume(Amount amount, Unit unit) {
        this.amount = amount;
        this.unit = unit;
    }

    public static Volume of(Amount amount, Unit unit) {
        return new Volume(Objects.requireNonNull(amount, "amount"), Objects.requireNonNull(unit, "unit"));
    }

    public static Volume of(long number, Unit unit) {
        return of(Amount.of(number, 0), unit);
    }

    public Amount amount() {
        return amount;
    }

    public Unit unit() {
        return unit;
    }

    public boolean isZero() {
        return amount.isZero();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Volume)) {
            return false;
        }
        Volume v = (Volume) o;
        return unit == v.unit && amount.equals(v.amount);
    }

    @Override
    public int hashCode() {
        return 31 * unit.hashCode() + amount.hashCode();
    }

    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
