package org.sleecharging.ocs.internal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.sleecharging.ocs.Money;
import org.sleecharging.ocs.ResultCodes;
import org.sleecharging.ocs.ServiceUnits;
import org.sleecharging.ocs.Tariff;
import org.sleecharging.ocs.UnitType;

/**
 * Chooses the bucket and price for an MSCC: unit buckets first, then the most specific tariff.
 * Every rating it can give is built once, with the tariff's price in its currency's book units.
 */
final class Rater {
    private final List<Tariff> tariffs;
    private final Rating[] tariffRatings;
    private final Rating[] unitRatings;
    private final Rating[] moneyRatings;
    private final BucketKinds kinds;
    private final long[] defaultQuota;

    Rater(List<Tariff> tariffs, Map<UnitType, Long> defaultQuota, BucketKinds kinds) {
        this.tariffs = List.copyOf(tariffs);
        this.kinds = kinds;
        this.tariffRatings = new Rating[this.tariffs.size()];
        for (int i = 0; i < tariffRatings.length; i++) {
            Tariff t = this.tariffs.get(i);
            if (!t.notApplicable()) {
                Currency currency = t.pricePerUnit().currency();
                int index = kinds.indexOf(currency.getCurrencyCode());
                long price = priceUnits(t, kinds.scale(index));
                tariffRatings[i] = new Rating(t.unit(), index, currency.getCurrencyCode(), kinds.scale(index), price, currency);
            }
        }
        this.unitRatings = new Rating[UnitType.values().length];
        this.defaultQuota = new long[UnitType.values().length];
        for (UnitType u : UnitType.values()) {
            if (!u.isMoney()) {
                unitRatings[u.ordinal()] = new Rating(u, kinds.indexOf(u), u.name(), 0, 1, null);
            }
            this.defaultQuota[u.ordinal()] = defaultQuota.getOrDefault(u, 0L);
        }
        this.moneyRatings = new Rating[kinds.count()];
        for (int i = 0; i < kinds.count(); i++) {
            if (isCurrency(kinds.name(i))) {
                moneyRatings[i] = new Rating(UnitType.MONEY, i, kinds.name(i), kinds.scale(i), 1,
                        Currency.getInstance(kinds.name(i)));
            }
        }
    }

    private static long priceUnits(Tariff t, int scale) {
        try {
            return Bucket.units(t.price(), scale, t.pricePerUnit().currency().getCurrencyCode());
        } catch (ChargingFailure e) {
            throw new IllegalArgumentException("Tariff " + t + ": " + e.getMessage(), e);
        }
    }

    private static boolean isCurrency(String name) {
        for (UnitType u : UnitType.values()) {
            if (u.name().equals(name)) {
                return false;
            }
        }
        return true;
    }

    Rating rate(Account account, Long ratingGroup, Long serviceId, ServiceUnits units) throws ChargingFailure {
        if (units != null && units.money() != null) {
            String currency = units.money().currency().getCurrencyCode();
            int index = kinds.indexOf(currency);
            Rating money = index < 0 ? null : moneyRatings[index];
            if (money == null || account.bucket(money) == null) {
                throw noBucket(account, currency);
            }
            return money;
        }
        UnitType unit = units == null || units.units().isEmpty() ? null : units.units().keySet().iterator().next();
        int tariff = bestTariff(ratingGroup, serviceId, unit);
        if (tariff >= 0 && tariffs.get(tariff).notApplicable()) {
            throw new ChargingFailure(ResultCodes.CREDIT_CONTROL_NOT_APPLICABLE,
                    "Rating-Group " + ratingGroup + " is not subject to credit control");
        }
        if (unit == null) {
            if (tariff < 0) {
                throw new ChargingFailure(ResultCodes.RATING_FAILED,
                        "No tariff for Rating-Group " + ratingGroup + " / Service-Identifier " + serviceId);
            }
            unit = tariffs.get(tariff).unit();
        }
        Rating own = unitRatings[unit.ordinal()];
        if (account.bucket(own) != null) {
            return own;
        }
        if (tariff < 0) {
            throw new ChargingFailure(ResultCodes.RATING_FAILED, "No " + unit + " bucket and no tariff for Rating-Group "
                    + ratingGroup + " / Service-Identifier " + serviceId + " on account " + account.id);
        }
        Rating priced = tariffRatings[tariff];
        if (account.bucket(priced) == null) {
            throw noBucket(account, priced.bucket());
        }
        return priced;
    }

    /** What the service costs in money by tariff only, ignoring unit buckets (PRICE_ENQUIRY). */
    Money cost(Long ratingGroup, Long serviceId, ServiceUnits units) throws ChargingFailure {
        if (units != null && units.money() != null) {
            return units.money();
        }
        UnitType unit = units == null || units.units().isEmpty() ? null : units.units().keySet().iterator().next();
        int index = bestTariff(ratingGroup, serviceId, unit);
        Tariff tariff = index < 0 ? null : tariffs.get(index);
        if (tariff == null || tariff.notApplicable()) {
            throw new ChargingFailure(ResultCodes.RATING_FAILED, "No price for Rating-Group " + ratingGroup);
        }
        long quantity = units == null ? 0 : units.get(tariff.unit());
        if (quantity == 0) {
            quantity = defaultQuota[tariff.unit().ordinal()];
        }
        return new Money(tariff.pricePerUnit().currency(), tariff.price().multiply(BigDecimal.valueOf(quantity)));
    }

    /** The quantity asked for: the requested units, or the configured default quota for an empty RSU. */
    long requested(Rating rating, ServiceUnits units) throws ChargingFailure {
        long quantity = units == null ? 0 : rating.quantityOf(units);
        if (quantity == 0 && !rating.unit().isMoney()) {
            return defaultQuota[rating.unit().ordinal()];
        }
        return quantity;
    }

    private static ChargingFailure noBucket(Account account, String bucket) {
        // No balance in that currency: nothing can be granted (RFC 4006 §9.1 CREDIT_LIMIT_REACHED).
        return new ChargingFailure(ResultCodes.CREDIT_LIMIT_REACHED, "Account " + account.id + " holds no " + bucket);
    }

    private int bestTariff(Long ratingGroup, Long serviceId, UnitType unit) {
        int best = -1;
        int bestScore = 0;
        for (int i = 0; i < tariffs.size(); i++) {
            Tariff t = tariffs.get(i);
            int score = t.specificity(ratingGroup, serviceId);
            if (score > bestScore && (unit == null || t.unit() == unit)) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }
}
