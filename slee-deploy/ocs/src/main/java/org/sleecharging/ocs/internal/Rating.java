package org.sleecharging.ocs.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.sleecharging.ocs.Money;
import org.sleecharging.ocs.ServiceUnits;
import org.sleecharging.ocs.UnitType;

/**
 * How service units of one kind turn into an amount of one account bucket: a unit bucket
 * at price 1, or a currency at the tariff's price per unit.
 */
record Rating(UnitType unit, String bucket, BigDecimal pricePerUnit, Currency currency) {

    /** Quantity of this rating's unit carried by {@code units}, zero when it carries none. */
    BigDecimal quantityOf(ServiceUnits units) {
        if (unit.isMoney()) {
            return units.money() == null ? BigDecimal.ZERO : units.money().amount();
        }
        return BigDecimal.valueOf(units.get(unit));
    }

    BigDecimal amountFor(BigDecimal quantity) {
        return quantity.multiply(pricePerUnit);
    }

    /** The largest quantity whose amount fits in {@code available}; whole units except for money. */
    BigDecimal affordable(BigDecimal available) {
        if (available.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        if (unit.isMoney()) {
            return available;
        }
        return available.divide(pricePerUnit, 0, RoundingMode.FLOOR);
    }

    /** Whether {@code available} pays for anything more: {@code affordable(available) > 0} without dividing. */
    boolean affordsAny(BigDecimal available) {
        if (available.signum() <= 0) {
            return false;
        }
        return unit.isMoney() || available.compareTo(pricePerUnit) >= 0;
    }

    ServiceUnits units(BigDecimal quantity) {
        if (unit.isMoney()) {
            return ServiceUnits.of(new Money(currency, quantity));
        }
        return ServiceUnits.of(unit, quantity.longValueExact());
    }

    /** The price of {@code quantity} as money, or null when it rates against a unit bucket. */
    Money cost(BigDecimal quantity) {
        return currency == null ? null : new Money(currency, amountFor(quantity));
    }
}
