package org.sleecharging.ocs.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sleecharging.ocs.LedgerEntry;
import org.sleecharging.ocs.LedgerEntry.Kind;

/**
 * The append-only ledger plus running totals per account bucket. Totals are kept even when
 * entry retention is capped (load runs), so reconciliation never depends on the list. The totals
 * live in each {@link Bucket} and move under the account lock the caller already holds; only
 * retained entries go through this book's monitor, so a load run with retention 0 shares no lock
 * between accounts here.
 */
final class LedgerBook {
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final int retain;
    private long sequence;
    /** Set once a movement was not kept as an entry: replaying the entries no longer gives the totals. */
    private volatile boolean truncated;

    /** Sums per account bucket; key is account id + '/' + bucket. */
    static final class Totals {
        BigDecimal grants = BigDecimal.ZERO;
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal debitsFromReservations = BigDecimal.ZERO;
        BigDecimal releases = BigDecimal.ZERO;
        BigDecimal refunds = BigDecimal.ZERO;

        void add(Kind kind, BigDecimal amount, BigDecimal fromReservation) {
            switch (kind) {
                case GRANT -> grants = grants.add(amount);
                case DEBIT -> {
                    debits = debits.add(amount);
                    debitsFromReservations = debitsFromReservations.add(fromReservation);
                }
                case RELEASE -> releases = releases.add(amount);
                case REFUND -> refunds = refunds.add(amount);
            }
        }
    }

    LedgerBook(int retain) {
        this.retain = retain;
    }

    /** Records a movement on {@code bucket} (named {@code bucketName}); the caller holds the account's lock. */
    void record(Instant at, Kind kind, Charge charge, String bucketName, Bucket bucket, BigDecimal amount,
                BigDecimal fromReservation) {
        bucket.totals.add(kind, amount, fromReservation);
        if (truncated) {
            return;
        }
        synchronized (this) {
            if (entries.size() < retain) {
                entries.add(new LedgerEntry(++sequence, at, kind, charge.sessionId(), charge.requestNumber(),
                        charge.account().id, charge.subscriber(), charge.ratingGroup(), bucketName, amount, fromReservation));
            } else {
                truncated = true;
            }
        }
    }

    synchronized List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    boolean isComplete() {
        return !truncated;
    }

    /** Totals recomputed from the retained entries, to cross-check the running sums. */
    synchronized Map<String, Totals> replay() {
        Map<String, Totals> replayed = new HashMap<>();
        for (LedgerEntry e : entries) {
            replayed.computeIfAbsent(key(e.account(), e.bucket()), k -> new Totals())
                    .add(e.kind(), e.amount(), e.fromReservation());
        }
        return replayed;
    }

    static String key(String accountId, String bucket) {
        return accountId + '/' + bucket;
    }

    /** Who a ledger movement is for. */
    record Charge(String sessionId, long requestNumber, Account account, String subscriber, Long ratingGroup) {
    }
}
