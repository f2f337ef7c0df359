package org.sleecharging.ocs.internal;

import java.math.BigDecimal;
import java.util.Currency;
import org.sleecharging.ocs.Money;
import org.sleecharging.ocs.ServiceUnits;
import org.sleecharging.ocs.UnitType;

/**
 * How service units of one kind turn into an amount of one bucket kind: a unit bucket at price 1,
 * a currency at the tariff's price, or money itself (quantities are then amounts of the currency).
 * Quantities and amounts are exact counts: whole service units, and the bucket's units of
 * 10^-{@code scale} (so {@code price} is at least 1).
 */
record Rating(UnitType unit, int bucketIndex, String bucket, int scale, long price, Currency currency) {

    /** Quantity of this rating's unit carried by {@code units}, zero when it carries none. */
    long quantityOf(ServiceUnits units) throws ChargingFailure {
        if (unit.isMoney()) {
            return units.money() == null ? 0 : Bucket.units(units.money().amount(), scale, bucket);
        }
        return units.get(unit);
    }

    /** The amount of {@code quantity} when it is known to fit (at most what is affordable). */
    long amountOf(long quantity) {
        return quantity * price;
    }

    /** The amount of {@code quantity}, or {@code cap} when it would be more; zero for no quantity. */
    long amountOf(long quantity, long cap) {
        if (quantity <= 0) {
            return 0;
        }
        return quantity > cap / price ? cap : quantity * price;
    }

    /** The largest quantity whose amount fits in {@code available}; whole units except for money. */
    long affordable(long available) {
        return available <= 0 ? 0 : available / price;
    }

    /** Whether {@code available} pays for anything more. */
    boolean affordsAny(long available) {
        return available >= price && available > 0;
    }

    ServiceUnits units(long quantity) {
        if (unit.isMoney()) {
            return ServiceUnits.of(new Money(currency, BigDecimal.valueOf(quantity, scale)));
        }
        return ServiceUnits.of(unit, quantity);
    }
}
