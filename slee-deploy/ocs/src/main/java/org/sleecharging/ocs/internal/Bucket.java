package org.sleecharging.ocs.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.sleecharging.ocs.ResultCodes;

/**
 * One balance of an account (a currency or a unit kind), the part held by reservations and the
 * ledger totals of what moved on it, all as exact counts of 10^-{@link #scale} (see
 * {@link BucketKinds}); guarded by the account's lock. Primitive fields keep a young collection
 * from having to scan the accounts for references to new amounts.
 *
 * <p>A movement either applies whole or throws before changing anything. Only grants and refunds
 * can grow a total without bound; every other total is bounded by them (released and consumed
 * reservations by the grants, debits by the initial balance plus refunds), so those two are the
 * ones checked for overflow.
 */
final class Bucket {
    final String name;
    final int scale;
    final long initial;
    long balance;
    long held;
    long grants;
    long debits;
    long debitsFromReservations;
    long releases;
    long refunds;

    Bucket(String name, int scale, long initial) {
        this.name = name;
        this.scale = scale;
        this.initial = initial;
        this.balance = initial;
    }

    long available() {
        return balance - held;
    }

    void hold(long amount) throws ChargingFailure {
        long grantsAfter = exactSum(grants, amount, "grants");
        held += amount;
        grants = grantsAfter;
    }

    /** Takes {@code amount} from the balance, {@code fromReservation} of it out of what was held. */
    void debit(long amount, long fromReservation) {
        balance -= amount;
        held -= fromReservation;
        debits += amount;
        debitsFromReservations += fromReservation;
    }

    void release(long amount) {
        held -= amount;
        releases += amount;
    }

    void refund(long amount) throws ChargingFailure {
        long refundsAfter = exactSum(refunds, amount, "refunds");
        exactSum(initial, refundsAfter, "initial balance plus refunds");
        balance += amount;
        refunds = refundsAfter;
    }

    BigDecimal decimal(long amount) {
        return BigDecimal.valueOf(amount, scale);
    }

    /** {@code amount} counted in this bucket's units; RATING_FAILED when it is finer than the scale or beyond 64 bits. */
    static long units(BigDecimal amount, int scale, String bucket) throws ChargingFailure {
        try {
            return amount.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new ChargingFailure(ResultCodes.RATING_FAILED, "Amount " + amount.toPlainString() + " " + bucket
                    + " is not a 64-bit multiple of 10^-" + scale + ", the unit the OCS books " + bucket + " in");
        }
    }

    private long exactSum(long a, long b, String what) throws ChargingFailure {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new ChargingFailure(ResultCodes.UNABLE_TO_COMPLY, "The " + what + " of bucket " + name
                    + " would pass the 64-bit range at scale " + scale);
        }
    }
}
