package org.sleecharging.ocs.internal;

import java.math.BigDecimal;

/** One balance of an account (a currency or a unit kind) with the part held by reservations; guarded by the account's lock. */
final class Bucket {
    final BigDecimal initial;
    BigDecimal balance;
    BigDecimal held = BigDecimal.ZERO;
    /** What the ledger moved on this bucket, for reconciliation. */
    final LedgerBook.Totals totals = new LedgerBook.Totals();

    Bucket(BigDecimal initial) {
        this.initial = initial;
        this.balance = initial;
    }

    BigDecimal available() {
        return balance.subtract(held);
    }
}
