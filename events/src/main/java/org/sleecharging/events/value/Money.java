package org.sleecharging.events.value;

import java.io.Serializable;
import java.util.Currency;
import java.util.Objects;

/** An amount in an ISO 4217 currency (TS 29.198-12 TpChargingPrice). */
public final class Money implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Currency currency;
    private final Amount amount;

    private Money(Currency currency, Amount amount) {
        this.currency = currency;
        this.amount = amount;
    }

    public static Money of(Currency currency, Amount amount) {
        return new Money(Objects.requireNonNull(currency, "currency"), Objects.requireNonNull(amount, "amount"));
    }

    /** Throws IllegalArgumentException if {@code currencyCode} is not an ISO 4217 alphabetic code. */
    public static Money of(String currencyCode, Amount amount) {
        return of(currency(currencyCode), amount);
    }

    /** Convenience: {@code Money.of("EUR", "1.50")}. */
    public static Money of(String currencyCode, String amount) {
        return of(currency(currencyCode), Amount.parse(amount));
    }

    public static Money zero(Currency currency) {
        return of(currency, Amount.ZERO);
    }

    /** Parses an ISO 4217 alphabetic code, upper case only. */
    public static Currency currency(String code) {
        Objects.requireNonNull(code, "currency code");
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency '" + code + "' is not an ISO 4217 alphabetic code");
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency '" + code + "' is not an ISO 4217 currency", e);
        }
    }

    public Currency currency() {
        return currency;
    }

    public Amount amount() {
        return amount;
    }

    public boolean isZero() {
        return amount.isZero();
    }

    public Money plus(Money other) {
        return of(currency, amount.plus(sameCurrency(other).amount));
    }

    public Money minus(Money other) {
        return of(currency, amount.minus(sameCurrency(other).amount));
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency " + other.currency + " differs from " + currency);
        }
        return other;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Money)) {
            return false;
        }
        Money m = (Money) o;
        return currency.equals(m.currency) && amount.equals(m.amount);
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + amount.hashCode();
    }

    @Override
    public String toString() {
        return amount + " " + currency.getCurrencyCode();
    }
}
