package org.sleecharging.ocs;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An account at one instant. Keys of the maps are currency codes for money and
 * {@link UnitType} names for unit buckets.
 */
public record AccountSnapshot(String id, Map<String, BigDecimal> initial, Map<String, BigDecimal> balance,
                              Map<String, BigDecimal> held) {

    public AccountSnapshot {
        initial = Map.copyOf(initial);
        balance = Map.copyOf(balance);
        held = Map.copyOf(held);
    }

    /** Balance minus what is held by reservations. */
    public BigDecimal available(String bucket) {
        return balance.getOrDefault(bucket, BigDecimal.ZERO).subtract(held.getOrDefault(bucket, BigDecimal.ZERO));
    }
}
