package org.sleecharging.ocs;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of an ISO 4217 currency. On the wire it is CC-Money (RFC 4006 §8.22):
 * Unit-Value (Value-Digits × 10^Exponent) and the numeric Currency-Code.
 */
public record Money(Currency currency, BigDecimal amount) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    public static Money of(String currencyCode, String amount) {
        return new Money(Currency.getInstance(currencyCode), new BigDecimal(amount));
    }

    /** The currency whose ISO 4217 numeric code is {@code numericCode}, as carried by Currency-Code. */
    public static Currency currencyOfNumericCode(int numericCode) {
        return Currency.getAvailableCurrencies().stream()
                .filter(c -> c.getNumericCode() == numericCode)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No ISO 4217 currency with numeric code " + numericCode));
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
