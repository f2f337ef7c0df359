package org.sleecharging.ocs;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The price of one unit of {@code unit} for a Rating-Group and/or Service-Identifier. A tariff
 * with both keys null is the fallback. A tariff marked {@code notApplicable} makes the service
 * free of credit control: requests for it are answered 4011 (RFC 4006 §9.1).
 */
public record Tariff(Long ratingGroup, Long serviceIdentifier, UnitType unit, Money pricePerUnit,
                     boolean notApplicable) {

    public Tariff {
        Objects.requireNonNull(unit, "unit");
        if (unit.isMoney()) {
            throw new IllegalArgumentException("A tariff prices service units, not money");
        }
        if (!notApplicable) {
            Objects.requireNonNull(pricePerUnit, "pricePerUnit");
            if (pricePerUnit.amount().signum() <= 0) {
                throw new IllegalArgumentException("Tariff price must be positive: " + pricePerUnit);
            }
        }
    }

    public static Tariff perUnit(long ratingGroup, UnitType unit, String currency, String price) {
        return new Tariff(ratingGroup, null, unit, Money.of(currency, price), false);
    }

    public static Tariff notApplicable(long ratingGroup, UnitType unit) {
        return new Tariff(ratingGroup, null, unit, null, true);
    }

    /** How specifically this tariff matches the keys (3 rating group, 2 service, 1 fallback), or -1. */
    public int specificity(Long rg, Long sid) {
        if (ratingGroup != null) {
            return ratingGroup.equals(rg) && (serviceIdentifier == null || serviceIdentifier.equals(sid)) ? 3 : -1;
        }
        if (serviceIdentifier != null) {
            return serviceIdentifier.equals(sid) ? 2 : -1;
        }
        return 1;
    }

    public BigDecimal price() {
        return pricePerUnit.amount();
    }
}
