package org.sleecharging.ocs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An account's identities and initial balances: money per ISO 4217 currency and unit buckets.
 * The account is found by the data of any of its Subscription-Ids.
 */
public final class AccountConfig {
    private final String id;
    private final List<String> subscriptionIds;
    private final Map<String, BigDecimal> money;
    private final Map<UnitType, Long> units;

    private AccountConfig(Builder b) {
        this.id = b.id;
        this.subscriptionIds = List.copyOf(b.subscriptionIds);
        this.money = Collections.unmodifiableMap(new LinkedHashMap<>(b.money));
        this.units = Collections.unmodifiableMap(new EnumMap<>(b.units));
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public String id() {
        return id;
    }

    public List<String> subscriptionIds() {
        return subscriptionIds;
    }

    public Map<String, BigDecimal> money() {
        return money;
    }

    public Map<UnitType, Long> units() {
        return units;
    }

    public static final class Builder {
        private final String id;
        private final List<String> subscriptionIds = new ArrayList<>();
        private final Map<String, BigDecimal> money = new LinkedHashMap<>();
        private final EnumMap<UnitType, Long> units = new EnumMap<>(UnitType.class);

        private Builder(String id) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("Account id must not be blank");
            }
            this.id = id;
        }

        /** Adds a Subscription-Id-Data (E.164, SIP URI, IMSI or NAI) that selects this account. */
        public Builder subscriptionId(String data) {
            subscriptionIds.add(Objects.requireNonNull(data, "subscriptionId"));
            return this;
        }

        public Builder money(String currencyCode, String amount) {
            java.util.Currency.getInstance(currencyCode);
            BigDecimal value = new BigDecimal(amount);
            if (value.signum() < 0) {
                throw new IllegalArgumentException("Account " + id + ": negative balance " + amount + " " + currencyCode);
            }
            money.put(currencyCode, value);
            return this;
        }

        public Builder units(UnitType type, long amount) {
            if (type.isMoney()) {
                throw new IllegalArgumentException("Account " + id + ": use money(currency, amount) for money");
            }
            if (amount < 0) {
                throw new IllegalArgumentException("Account " + id + ": negative " + type + " bucket " + amount);
            }
            units.put(type, amount);
            return this;
        }

        public AccountConfig build() {
            if (subscriptionIds.isEmpty()) {
                subscriptionIds.add(id);
            }
            return new AccountConfig(this);
        }
    }
}
