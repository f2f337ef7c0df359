package org.sleecharging.ocs;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One movement on an account bucket. {@code bucket} is a currency code for money or a
 * {@link UnitType} name for a unit bucket.
 *
 * @param fromReservation for DEBIT: the part of the amount that consumed the session's
 *                        reservation (the rest came straight from the free balance)
 */
public record LedgerEntry(long sequence, Instant at, Kind kind, String sessionId, long requestNumber,
                          String account, String subscriber, Long ratingGroup, String bucket,
                          BigDecimal amount, BigDecimal fromReservation) {

    /** What the entry did to the bucket. */
    public enum Kind {
        /** Amount put on hold for a session's MSCC; balance unchanged. */
        GRANT,
        /** Amount taken from the balance (usage or direct debit). */
        DEBIT,
        /** Unused reservation given back at usage report, termination or validity expiry. */
        RELEASE,
        /** Amount added back to the balance (REFUND_ACCOUNT). */
        REFUND
    }
}
