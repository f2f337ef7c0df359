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
 * The append-only ledger. The running totals per account bucket live in each {@link Bucket} and
 * move with the bucket under the account lock the caller already holds, so reconciliation never
 * depends on the entries; this book keeps the entries as values up to {@code retain} of them.
 * Only retained entries go through this book's monitor, so a load run with retention 0 shares no
 * lock between accounts here and turns no amount into a {@code BigDecimal}.
 */
final class LedgerBook {
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final int retain;
    private long sequence;
    /** Set once a movement was not kept as an entry: replaying the entries no longer gives the totals. */
    private volatile boolean truncated;

    /** Sums of retained entries for one account bucket. */
    static final class Totals {
        BigDecimal grants = BigDecimal.ZERO;
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal releases = BigDecimal.ZERO;
        BigDecimal refunds = BigDecimal.ZERO;

        void add(Kind kind, BigDecimal amount) {
            switch (kind) {
                case GRANT -> grants = grants.add(amount);
                case DEBIT -> debits = debits.add(amount);
                case RELEASE -> releases = releases.add(amount);
                case REFUND -> refunds = refunds.add(amount);
            }
        }
    }

    LedgerBook(int retain) {
        this.retain = retain;
    }

    /**
     * Keeps an entry for a movement already applied to {@code bucket} (amounts in its units); the
     * caller holds the account's lock.
     */
    void record(Instant at, Kind kind, Charge charge, Bucket bucket, long amount, long fromReservation) {
        if (truncated) {
            return;
        }
        synchronized (this) {
            if (entries.size() < retain) {
                entries.add(new LedgerEntry(++sequence, at, kind, charge.sessionId(), charge.requestNumber(),
                        charge.account().id, charge.subscriber(), charge.ratingGroup(), bucket.name,
                        bucket.decimal(amount), bucket.decimal(fromReservation)));
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
            replayed.computeIfAbsent(key(e.account(), e.bucket()), k -> new Totals()).add(e.kind(), e.amount());
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
