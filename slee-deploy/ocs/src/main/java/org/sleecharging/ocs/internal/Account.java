package org.sleecharging.ocs.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sleecharging.ocs.AccountConfig;
import org.sleecharging.ocs.AccountSnapshot;

/** A mutable account; only the engine touches it, under the engine's lock. */
final class Account {
    final String id;
    final Map<String, Bucket> buckets = new LinkedHashMap<>();

    Account(AccountConfig config) {
        this.id = config.id();
        config.money().forEach((currency, amount) -> buckets.put(currency, new Bucket(amount)));
        config.units().forEach((unit, amount) -> buckets.put(unit.name(), new Bucket(BigDecimal.valueOf(amount))));
    }

    Bucket bucket(String key) {
        return buckets.get(key);
    }

    AccountSnapshot snapshot() {
        Map<String, BigDecimal> initial = new LinkedHashMap<>();
        Map<String, BigDecimal> balance = new LinkedHashMap<>();
        Map<String, BigDecimal> held = new LinkedHashMap<>();
        buckets.forEach((key, b) -> {
            initial.put(key, b.initial);
            balance.put(key, b.balance);
            held.put(key, b.held);
        });
        return new AccountSnapshot(id, initial, balance, held);
    }
}
