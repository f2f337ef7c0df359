package org.sleecharging.ocs;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The content of a Requested-, Granted- or Used-Service-Unit AVP (RFC 4006 §8.18, §8.17, §8.19):
 * at most one money amount and any number of unit counts. Empty means the AVP was present with
 * no content, which asks the server to choose the quota (RFC 4006 §5.1.1).
 */
public record ServiceUnits(Money money, Map<UnitType, Long> units) {

    public static final ServiceUnits EMPTY = new ServiceUnits(null, Map.of());

    public ServiceUnits {
        for (Map.Entry<UnitType, Long> e : Objects.requireNonNull(units, "units").entrySet()) {
            if (e.getKey().isMoney()) {
                throw new IllegalArgumentException("Money belongs in the money component, not in units");
            }
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("Negative " + e.getKey() + ": " + e.getValue());
            }
        }
        units = immutableCopy(units);
    }

    /** Most service units carry one count (one CC-Time, say): those need no EnumMap. */
    private static Map<UnitType, Long> immutableCopy(Map<UnitType, Long> units) {
        if (units.isEmpty()) {
            return Map.of();
        }
        if (units.size() == 1) {
            Map.Entry<UnitType, Long> only = units.entrySet().iterator().next();
            return Map.of(only.getKey(), only.getValue());
        }
        return Collections.unmodifiableMap(new EnumMap<>(units));
    }

    public static ServiceUnits of(UnitType type, long value) {
        return new ServiceUnits(null, Map.of(type, value));
    }

    public static ServiceUnits of(Money money) {
        return new ServiceUnits(money, Map.of());
    }

    public boolean isEmpty() {
        return money == null && units.isEmpty();
    }

    /** The count of {@code type} units, or 0 when absent. */
    public long get(UnitType type) {
        return units.getOrDefault(type, 0L);
    }
}
