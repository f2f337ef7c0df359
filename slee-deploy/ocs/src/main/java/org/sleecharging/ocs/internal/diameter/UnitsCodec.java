package org.sleecharging.ocs.internal.diameter;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import org.jdiameter.api.AvpDataException;
import org.sleecharging.ocs.Money;
import org.sleecharging.ocs.ServiceUnits;
import org.sleecharging.ocs.UnitType;

/** Service-unit AVPs (RFC 4006 §8.17–§8.26) to and from {@link ServiceUnits}. */
final class UnitsCodec {

    private UnitsCodec() {
    }

    /** One pass over the group; the first of a repeated unit AVP counts, as getAvp would. */
    static ServiceUnits decode(GroupedReader group) throws AvpDataException {
        Money money = null;
        UnitType onlyType = null;
        long onlyValue = 0;
        EnumMap<UnitType, Long> units = null;
        while (group.next()) {
            UnitType type = unitOf(group.code());
            if (type == null) {
                continue;
            }
            if (type.isMoney()) {
                money = money == null ? decodeMoney(group.group()) : money;
                continue;
            }
            if (type == onlyType || (units != null && units.containsKey(type))) {
                continue;
            }
            // CC-Time is Unsigned32; the octet and service-specific counters are Unsigned64.
            long value = type == UnitType.TIME ? group.unsigned32() : group.integer64();
            if (onlyType == null) {
                onlyType = type;
                onlyValue = value;
            } else {
                if (units == null) {
                    units = new EnumMap<>(UnitType.class);
                    units.put(onlyType, onlyValue);
                }
                units.put(type, value);
            }
        }
        if (units != null) {
            return new ServiceUnits(money, units);
        }
        return onlyType == null ? new ServiceUnits(money, Map.of()) : new ServiceUnits(money, Map.of(onlyType, onlyValue));
    }

    private static final UnitType[] UNIT_TYPES = UnitType.values();

    private static UnitType unitOf(int avpCode) {
        for (UnitType t : UNIT_TYPES) {
            if (t.avpCode() == avpCode) {
                return t;
            }
        }
        return null;
    }

    static GroupedWriter encode(ServiceUnits units) {
        GroupedWriter group = new GroupedWriter();
        encodeInto(group, units);
        return group;
    }

    /** Writes the members of a service-units AVP into an open group. */
    static void encodeInto(GroupedWriter group, ServiceUnits units) {
        if (units.money() != null) {
            group.group(Avps.CC_MONEY, encodeMoney(units.money()));
        }
        for (Map.Entry<UnitType, Long> e : units.units().entrySet()) {
            if (e.getKey() == UnitType.TIME) {
                group.unsigned32(e.getKey().avpCode(), e.getValue());
            } else {
                group.integer64(e.getKey().avpCode(), e.getValue());
            }
        }
    }

    /** CC-Money / Cost-Information content: Unit-Value (digits × 10^exponent) and Currency-Code. */
    static Money decodeMoney(GroupedReader group) throws AvpDataException {
        Long currency = null;
        BigDecimal amount = null;
        while (group.next()) {
            if (group.code() == Avps.CURRENCY_CODE && currency == null) {
                currency = group.unsigned32();
            } else if (group.code() == Avps.UNIT_VALUE && amount == null) {
                amount = decodeUnitValue(group.group());
            }
        }
        if (currency == null) {
            throw new AvpDataException("CC-Money without Currency-Code");
        }
        if (amount == null) {
            throw new AvpDataException("CC-Money without Unit-Value");
        }
        return new Money(Money.currencyOfNumericCode(currency.intValue()), amount);
    }

    static BigDecimal decodeUnitValue(GroupedReader unitValue) throws AvpDataException {
        Long digits = null;
        int exp = 0;
        boolean expSeen = false;
        while (unitValue.next()) {
            if (unitValue.code() == Avps.VALUE_DIGITS && digits == null) {
                digits = unitValue.integer64();
            } else if (unitValue.code() == Avps.EXPONENT && !expSeen) {
                exp = unitValue.integer32();
                expSeen = true;
            }
        }
        if (digits == null) {
            throw new AvpDataException("Unit-Value without Value-Digits");
        }
        return BigDecimal.valueOf(digits, -exp);
    }

    static GroupedWriter encodeMoney(Money money) {
        BigDecimal amount = money.amount();
        GroupedWriter unitValue = new GroupedWriter()
                .integer64(Avps.VALUE_DIGITS, amount.unscaledValue().longValueExact())
                .integer32(Avps.EXPONENT, -amount.scale());
        Currency currency = money.currency();
        return new GroupedWriter().group(Avps.UNIT_VALUE, unitValue).unsigned32(Avps.CURRENCY_CODE, currency.getNumericCode());
    }
}
