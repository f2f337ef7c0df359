package org.sleecharging.ocs.internal.diameter;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import org.jdiameter.api.Avp;
import org.jdiameter.api.AvpDataException;
import org.jdiameter.api.AvpSet;
import org.sleecharging.ocs.Money;
import org.sleecharging.ocs.ServiceUnits;
import org.sleecharging.ocs.UnitType;

/** Service-unit AVPs (RFC 4006 §8.17–§8.26) to and from {@link ServiceUnits}. */
final class UnitsCodec {

    private UnitsCodec() {
    }

    /** One pass over the group; the first of a repeated unit AVP counts, as getAvp would. */
    static ServiceUnits decode(AvpSet group) throws AvpDataException {
        Money money = null;
        EnumMap<UnitType, Long> units = null;
        for (Avp avp : group) {
            UnitType type = unitOf(avp.getCode());
            if (type == null) {
                continue;
            }
            if (type.isMoney()) {
                money = money == null ? decodeMoney(avp.getGrouped()) : money;
                continue;
            }
            if (units == null) {
                units = new EnumMap<>(UnitType.class);
            }
            if (!units.containsKey(type)) {
                // CC-Time is Unsigned32; the octet and service-specific counters are Unsigned64.
                units.put(type, type == UnitType.TIME ? avp.getUnsigned32() : avp.getUnsigned64());
            }
        }
        return new ServiceUnits(money, units == null ? Map.of() : units);
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

    static void encode(AvpSet group, ServiceUnits units) {
        if (units.money() != null) {
            encodeMoney(group.addGroupedAvp(Avps.CC_MONEY, true, false), units.money());
        }
        units.units().forEach((type, value) -> {
            if (type == UnitType.TIME) {
                group.addAvp(type.avpCode(), value, true, false, true);
            } else {
                group.addAvp(type.avpCode(), value, true, false);
            }
        });
    }

    /** CC-Money / Cost-Information content: Unit-Value (digits × 10^exponent) and Currency-Code. */
    static Money decodeMoney(AvpSet group) throws AvpDataException {
        Avp currency = group.getAvp(Avps.CURRENCY_CODE);
        if (currency == null) {
            throw new AvpDataException("CC-Money without Currency-Code");
        }
        return new Money(Money.currencyOfNumericCode((int) currency.getUnsigned32()),
                decodeUnitValue(group.getAvp(Avps.UNIT_VALUE).getGrouped()));
    }

    static BigDecimal decodeUnitValue(AvpSet unitValue) throws AvpDataException {
        long digits = unitValue.getAvp(Avps.VALUE_DIGITS).getInteger64();
        Avp exponent = unitValue.getAvp(Avps.EXPONENT);
        int exp = exponent == null ? 0 : exponent.getInteger32();
        return BigDecimal.valueOf(digits, -exp);
    }

    static void encodeMoney(AvpSet group, Money money) {
        BigDecimal amount = money.amount();
        AvpSet unitValue = group.addGroupedAvp(Avps.UNIT_VALUE, true, false);
        unitValue.addAvp(Avps.VALUE_DIGITS, amount.unscaledValue().longValueExact(), true, false);
        unitValue.addAvp(Avps.EXPONENT, -amount.scale(), true, false);
        Currency currency = money.currency();
        group.addAvp(Avps.CURRENCY_CODE, (long) currency.getNumericCode(), true, false, true);
    }
}
