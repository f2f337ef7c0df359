package org.sleecharging.ocs.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.sleecharging.ocs.ResultCodes;
import org.sleecharging.ocs.ServiceUnits;
import org.sleecharging.ocs.Tariff;
import org.sleecharging.ocs.UnitType;

/** Chooses the bucket and price for an MSCC: unit buckets first, then the most specific tariff. */
final class Rater {
    private final List<Tariff> tariffs;
    private final Map<UnitType, Long> defaultQuota;

    Rater(List<Tariff> tariffs, Map<UnitType, Long> defaultQuota) {
        this.tariffs = List.copyOf(tariffs);
        this.defaultQuota = Map.copyOf(defaultQuota);
    }

    Rating rate(Account account, Long ratingGroup, Long serviceId, ServiceUnits units) throws ChargingFailure {
        if (units != null && units.money() != null) {
            String currency = units.money().currency().getCurrencyCode();
            requireBucket(account, currency);
            return new Rating(UnitType.MONEY, currency, BigDecimal.ONE, units.money().currency());
        }
        UnitType unit = units == null || units.units().isEmpty() ? null : units.units().keySet().iterator().next();
        Tariff tariff = bestTariff(ratingGroup, serviceId, unit);
        if (tariff != null && tariff.notApplicable()) {
            throw new ChargingFailure(ResultCodes.CREDIT_CONTROL_NOT_APPLICABLE,
                    "Rating-Group " + ratingGroup + " is not subject to credit control");
        }
        if (unit == null) {
            if (tariff == null) {
                throw new ChargingFailure(ResultCodes.RATING_FAILED,
                        "No tariff for Rating-Group " + ratingGroup + " / Service-Identifier " + serviceId);
            }
            unit = tariff.unit();
        }
        if (account.bucket(unit.name()) != null) {
            return new Rating(unit, unit.name(), BigDecimal.ONE, null);
        }
        if (tariff == null) {
            throw new ChargingFailure(ResultCodes.RATING_FAILED, "No " + unit + " bucket and no tariff for Rating-Group "
                    + ratingGroup + " / Service-Identifier " + serviceId + " on account " + account.id);
        }
        String currency = tariff.pricePerUnit().currency().getCurrencyCode();
        requireBucket(account, currency);
        return new Rating(unit, currency, tariff.price(), tariff.pricePerUnit().currency());
    }

    /** Rates by tariff only, ignoring unit buckets: what the service costs in money (PRICE_ENQUIRY). */
    Rating tariffRating(Long ratingGroup, Long serviceId, ServiceUnits units) throws ChargingFailure {
        if (units != null && units.money() != null) {
            return new Rating(UnitType.MONEY, units.money().currency().getCurrencyCode(), BigDecimal.ONE,
                    units.money().currency());
        }
        UnitType unit = units == null || units.units().isEmpty() ? null : units.units().keySet().iterator().next();
        Tariff tariff = bestTariff(ratingGroup, serviceId, unit);
        if (tariff == null || tariff.notApplicable()) {
            throw new ChargingFailure(ResultCodes.RATING_FAILED, "No price for Rating-Group " + ratingGroup);
        }
        return new Rating(tariff.unit(), tariff.pricePerUnit().currency().getCurrencyCode(), tariff.price(),
                tariff.pricePerUnit().currency());
    }

    /** The quantity asked for: the requested units, or the configured default quota for an empty RSU. */
    BigDecimal requested(Rating rating, ServiceUnits units) {
        BigDecimal quantity = units == null ? BigDecimal.ZERO : rating.quantityOf(units);
        if (quantity.signum() == 0 && !rating.unit().isMoney()) {
            return BigDecimal.valueOf(defaultQuota.getOrDefault(rating.unit(), 0L));
        }
        return quantity;
    }

    private static void requireBucket(Account account, String bucket) throws ChargingFailure {
        if (account.bucket(bucket) == null) {
            // No balance in that currency: nothing can be granted (RFC 4006 §9.1 CREDIT_LIMIT_REACHED).
            throw new ChargingFailure(ResultCodes.CREDIT_LIMIT_REACHED, "Account " + account.id + " holds no " + bucket);
        }
    }

    private Tariff bestTariff(Long ratingGroup, Long serviceId, UnitType unit) {
        Tariff best = null;
        int bestScore = 0;
        for (Tariff t : tariffs) {
            int score = t.specificity(ratingGroup, serviceId);
            if (score > bestScore && (unit == null || t.unit() == unit)) {
                best = t;
                bestScore = score;
            }
        }
        return best;
    }
}
