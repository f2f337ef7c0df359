package org.sleecharging.ocs.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sleecharging.ocs.Reconciliation;

/** Replays the ledger totals against the accounts and the live reservations. */
final class Reconciler {
    private final LedgerBook ledger;
    private final Collection<Account> accounts;
    private final Collection<CcSession> sessions;
    private final Instant now;
    private final List<String> problems = new ArrayList<>();

    Reconciler(LedgerBook ledger, Collection<Account> accounts, Collection<CcSession> sessions, Instant now) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.sessions = sessions;
        this.now = now;
    }

    Reconciliation run() {
        Map<String, BigDecimal> liveHeld = new HashMap<>();
        int live = 0;
        for (CcSession s : sessions) {
            for (Reservation r : s.reservations.values()) {
                live++;
                if (r.isExpired(now)) {
                    problems.add("Session " + s.id + " still holds " + r.amount() + " " + r.rating().bucket()
                            + " past its Validity-Time " + r.expiresAt());
                }
                liveHeld.merge(LedgerBook.key(s.account.id, r.rating().bucket()), r.amount(), BigDecimal::add);
            }
        }
        Map<String, LedgerBook.Totals> replayed = ledger.isComplete() ? ledger.replay() : null;
        for (Account a : accounts) {
            a.buckets.forEach((name, bucket) -> check(a.id, name, bucket, liveHeld, replayed));
        }
        return new Reconciliation(problems, accounts.size(), live);
    }

    private void check(String account, String name, Bucket bucket, Map<String, BigDecimal> liveHeld,
                       Map<String, LedgerBook.Totals> replayed) {
        String where = account + "/" + name;
        LedgerBook.Totals t = bucket.totals;
        BigDecimal expectedBalance = bucket.initial.subtract(t.debits).add(t.refunds);
        BigDecimal expectedHeld = t.grants.subtract(t.debitsFromReservations).subtract(t.releases);
        BigDecimal live = liveHeld.getOrDefault(LedgerBook.key(account, name), BigDecimal.ZERO);
        expectEqual(where + " balance (initial − debits + refunds)", expectedBalance, bucket.balance);
        expectEqual(where + " held (grants − consumed − released)", expectedHeld, bucket.held);
        expectEqual(where + " held vs live reservations", live, bucket.held);
        if (bucket.balance.signum() < 0 || bucket.held.compareTo(bucket.balance) > 0) {
            problems.add(where + " overdrawn: balance " + bucket.balance + ", held " + bucket.held);
        }
        if (replayed != null) {
            LedgerBook.Totals r = replayed.getOrDefault(LedgerBook.key(account, name), new LedgerBook.Totals());
            expectEqual(where + " ledger entries vs totals (debits)", r.debits, t.debits);
            expectEqual(where + " ledger entries vs totals (grants)", r.grants, t.grants);
            expectEqual(where + " ledger entries vs totals (refunds)", r.refunds, t.refunds);
            expectEqual(where + " ledger entries vs totals (releases)", r.releases, t.releases);
        }
    }

    private void expectEqual(String what, BigDecimal expected, BigDecimal actual) {
        if (expected.compareTo(actual) != 0) {
            problems.add(what + ": expected " + expected.toPlainString() + " but was " + actual.toPlainString());
        }
    }
}
