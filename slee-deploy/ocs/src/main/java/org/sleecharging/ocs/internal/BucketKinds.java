package org.sleecharging.ocs.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sleecharging.ocs.AccountConfig;
import org.sleecharging.ocs.OcsConfig;
import org.sleecharging.ocs.Tariff;
import org.sleecharging.ocs.UnitType;

/**
 * Every kind of bucket the engine books, each with a small index (an account keeps its buckets in
 * an array) and the fixed scale its amounts are counted at: unit buckets in whole units, money of
 * each currency in units of 10^-scale, where the scale is the finest of the configured balances and
 * prices in that currency and never below {@value #MIN_MONEY_SCALE}. Amounts are then exact 64-bit
 * integers; an amount finer than its currency's scale is refused where it arrives.
 */
final class BucketKinds {
    static final int MIN_MONEY_SCALE = 6;
    static final int MAX_SCALE = 18;
    private static final UnitType[] UNITS = UnitType.values();

    private final Map<String, Integer> indexes = new HashMap<>();
    private final String[] names;
    private final int[] scales;

    BucketKinds(OcsConfig config) {
        Map<String, Integer> money = new LinkedHashMap<>();
        for (AccountConfig a : config.accounts()) {
            a.money().forEach((currency, amount) -> money.merge(currency, scaleOf(amount), Math::max));
        }
        for (Tariff t : config.tariffs()) {
            if (!t.notApplicable()) {
                money.merge(t.pricePerUnit().currency().getCurrencyCode(), scaleOf(t.price()), Math::max);
            }
        }
        int units = UNITS.length - 1;
        names = new String[units + money.size()];
        scales = new int[names.length];
        int i = 0;
        for (UnitType u : UNITS) {
            if (!u.isMoney()) {
                add(i++, u.name(), 0);
            }
        }
        for (Map.Entry<String, Integer> e : money.entrySet()) {
            int scale = Math.max(MIN_MONEY_SCALE, e.getValue());
            if (scale > MAX_SCALE) {
                throw new IllegalArgumentException("Amounts in " + e.getKey() + " need " + e.getValue()
                        + " decimal places; the OCS books at most " + MAX_SCALE);
            }
            add(i++, e.getKey(), scale);
        }
    }

    private void add(int index, String name, int scale) {
        names[index] = name;
        scales[index] = scale;
        indexes.put(name, index);
    }

    private static int scaleOf(BigDecimal amount) {
        return Math.max(0, amount.stripTrailingZeros().scale());
    }

    /** The index of the bucket kind {@code name} (a unit name or a currency code), or -1 when none is booked. */
    int indexOf(String name) {
        Integer i = indexes.get(name);
        return i == null ? -1 : i;
    }

    int indexOf(UnitType unit) {
        return unit.ordinal() - 1;
    }

    int count() {
        return names.length;
    }

    String name(int index) {
        return names[index];
    }

    int scale(int index) {
        return scales[index];
    }
}
