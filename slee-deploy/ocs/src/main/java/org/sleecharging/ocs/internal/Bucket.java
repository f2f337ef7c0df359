package org.sleecharging.ocs.internal;

import java.math.BigDecimal;

/** One balance of an account (a currency or a unit kind) with the part held by reservations. */
final class Bucket {
    final BigDecimal initial;
    BigDecimal balance;
    BigDecimal held = BigDecimal.ZERO;

    Bucket(BigDecimal initial) {
        this.initial = initial;
        this.balance = initial;
    }

    BigDecimal available() {
        return balance.subtract(held);
    }
}
