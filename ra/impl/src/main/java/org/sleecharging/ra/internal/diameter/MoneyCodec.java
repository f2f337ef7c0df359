package org.sleecharging.ra.internal.diameter;

import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

import org.jdiameter.api.Avp;
import org.jdiameter.api.AvpDataException;
import org.jdiameter.api.AvpSet;
import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.Money;

/**
 * CC-Money and Cost-Information content (RFC 4006 §8.22, §8.7): Unit-Value as Value-Digits ×
 * 10^Exponent (§8.8–§8.10) and Currency-Code as the ISO 4217 numeric code (§8.11).
 */
final class MoneyCodec {
    private static final Map<Integer, Currency> BY_NUMERIC_CODE = numericCodes();

    private MoneyCodec() {
    }

    /** Writes Unit-Value and Currency-Code into {@code group} (a CC-Money or Cost-Information AVP). */
    static void encode(AvpSet group, Money money) {
        AvpSet unitValue = group.addGroupedAvp(RoAvps.UNIT_VALUE, true, false);
        unitValue.addAvp(RoAvps.VALUE_DIGITS, money.amount().number(), true, false);
        unitValue.addAvp(RoAvps.EXPONENT, money.amount().exponent(), true, false);
        group.addAvp(RoAvps.CURRENCY_CODE, (long) numericCode(money.currency()), true, false, true);
    }

    /** Reads Unit-Value and Currency-Code; AvpDataException names what is missing or out of range. */
    static Money decode(AvpSet group) throws AvpDataException {
        Avp currencyAvp = group.getAvp(RoAvps.CURRENCY_CODE);
        if (currencyAvp == null) {
            throw new AvpDataException("Currency-Code (425) missing: RFC 4006 §8.22 requires it in CC-Money/Cost-Information");
        }
        Avp unitValueAvp = group.getAvp(RoAvps.UNIT_VALUE);
        if (unitValueAvp == null) {
            throw new AvpDataException("Unit-Value (445) missing in CC-Money/Cost-Information");
        }
        Currency currency = BY_NUMERIC_CODE.get((int) currencyAvp.getUnsigned32());
        if (currency == null) {
            throw new AvpDataException("Currency-Code " + currencyAvp.getUnsigned32() + " is not an ISO 4217 numeric code");
        }
        AvpSet unitValue = unitValueAvp.getGrouped();
        Avp digits = unitValue.getAvp(RoAvps.VALUE_DIGITS);
        if (digits == null) {
            throw new AvpDataException("Value-Digits (447) missing in Unit-Value");
        }
        Avp exponent = unitValue.getAvp(RoAvps.EXPONENT);
        try {
            return Money.of(currency, Amount.of(digits.getInteger64(), exponent == null ? 0 : exponent.getInteger32()));
        } catch (IllegalArgumentException e) {
            throw new AvpDataException("Unit-Value out of range: " + e.getMessage(), e);
        }
    }

    private static int numericCode(Currency currency) {
        int code = currency.getNumericCode();
        if (code <= 0) {
            throw new IllegalArgumentException("currency " + currency + " has no ISO 4217 numeric code for Currency-Code");
        }
        return code;
    }

    private static Map<Integer, Currency> numericCodes() {
        Map<Integer, Currency> map = new HashMap<Integer, Currency>();
        for (Currency currency : Currency.getAvailableCurrencies()) {
            if (currency.getNumericCode() > 0 && !map.containsKey(currency.getNumericCode())) {
                map.put(currency.getNumericCode(), currency);
            }
        }
        return map;
    }
}
