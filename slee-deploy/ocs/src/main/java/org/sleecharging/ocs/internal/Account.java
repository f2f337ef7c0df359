package org.sleecharging.ocs.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sleecharging.ocs.AccountConfig;
import org.sleecharging.ocs.AccountSnapshot;

/** A mutable account; only the engine touches it, under the engine's lock. */
final class Account {
    final String id;
    /** By {@link BucketKinds} index; null where the account has no such bucket. */
    private final Bucket[] buckets;

    Account(AccountConfig config, BucketKinds kinds) {
        this.id = config.id();
        this.buckets = new Bucket[kinds.count()];
        config.money().forEach((currency, amount) -> {
            int index = kinds.indexOf(currency);
            try {
                buckets[index] = new Bucket(currency, kinds.scale(index), Bucket.units(amount, kinds.scale(index), currency));
            } catch (ChargingFailure e) {
                throw new IllegalArgumentException("Account " + id + ": " + e.getMessage(), e);
            }
        });
        config.units().forEach((unit, amount) -> buckets[kinds.indexOf(unit)] = new Bucket(unit.name(), 0, amount));
    }

    /** The bucket {@code rating} books against, or null. */
    Bucket bucket(Rating rating) {
        return buckets[rating.bucketIndex()];
    }

    Iterable<Bucket> buckets() {
        return java.util.Arrays.stream(buckets).filter(java.util.Objects::nonNull).toList();
    }

    AccountSnapshot snapshot() {
        Map<String, BigDecimal> initial = new LinkedHashMap<>();
        Map<String, BigDecimal> balance = new LinkedHashMap<>();
        Map<String, BigDecimal> held = new LinkedHashMap<>();
        for (Bucket b : buckets()) {
            initial.put(b.name, b.decimal(b.initial));
            balance.put(b.name, b.decimal(b.balance));
            held.put(b.name, b.decimal(b.held));
        }
        return new AccountSnapshot(id, initial, balance, held);
    }
}
