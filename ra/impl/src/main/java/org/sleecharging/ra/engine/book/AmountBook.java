package org.sleecharging.ra.engine.book;

import java.io.Serializable;
import java.util.Currency;
import java.util.Objects;

import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.Money;

/**
 * The amount reservation of a session: one currency, fixed by the first reserveAmountReq
 * (TS 29.198-12 §8.3; another currency is P_CHS_ERR_CURRENCY). Immutable.
 */
public final class AmountBook implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Currency currency;
    private final BookLine line;

    private AmountBook(Currency currency, BookLine line) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.line = Objects.requireNonNull(line, "line");
    }

    public static AmountBook empty(Currency currency) {
        return new AmountBook(currency, BookLine.EMPTY);
    }

    public Currency currency() {
        return currency;
    }

    public BookLine line() {
        return line;
    }

    public Money left() {
        return Money.of(currency, line.left());
    }

    public Money unreported() {
        return Money.of(currency, line.unreported());
    }

    public boolean covers(Money amount) {
        return !amount.amount().isGreaterThan(line.left());
    }

    public boolean mayCredit(Money amount) {
        return !amount.amount().isGreaterThan(line.unreported());
    }

    public AmountBook granted(Money newLeft, Money usage) {
        return new AmountBook(currency, line.granted(newLeft.amount(), usage.amount()));
    }

    public AmountBook debit(Money amount) {
        return new AmountBook(currency, line.debit(amount.amount()));
    }

    public AmountBook credit(Money amount) {
        return new AmountBook(currency, line.credit(amount.amount()));
    }

    public AmountBook closed() {
        return new AmountBook(currency, line.closed());
    }

    public boolean isExhausted() {
        return line.left().isZero();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AmountBook && currency.equals(((AmountBook) o).currency) && line.equals(((AmountBook) o).line);
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + line.hashCode();
    }

    @Override
    public String toString() {
        return currency + line.toString();
    }
}
