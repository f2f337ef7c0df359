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
 * entry retention is capped (load runs), so reconciliation never depends on the list.
 */
final class LedgerBook {
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final Map<String, Totals> totals = new HashMap<>();
    private final int retain;
    private long sequence;

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

    synchronized void record(Instant at, Kind kind, Charge charge, String bucket, BigDecimal amount, BigDecimal fromReservation) {
        sequence++;
        totals.computeIfAbsent(key(charge.account().id, bucket), k -> new Totals()).add(kind, amount, fromReservation);
        if (entries.size() < retain) {
            entries.add(new LedgerEntry(sequence, at, kind, charge.sessionId(), charge.requestNumber(), charge.account().id,
                    charge.subscriber(), charge.ratingGroup(), bucket, amount, fromReservation));
        }
    }

    synchronized List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    synchronized boolean isComplete() {
        return entries.size() == sequence;
    }

    synchronized Totals totals(String accountId, String bucket) {
        return totals.getOrDefault(key(accountId, bucket), new Totals());
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
