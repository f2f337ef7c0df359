package org.sleecharging.ocs.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
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
        Map<Bucket, Long> liveHeld = new IdentityHashMap<>();
        int live = 0;
        for (CcSession s : sessions) {
            for (Reservation r : s.reservations.values()) {
                live++;
                Bucket bucket = s.account.bucket(r.rating());
                if (r.isExpired(now)) {
                    problems.add("Session " + s.id + " still holds " + bucket.decimal(r.amount()).toPlainString() + " "
                            + bucket.name + " past its Validity-Time " + r.expiresAt());
                }
                liveHeld.merge(bucket, r.amount(), Math::addExact);
            }
        }
        Map<String, LedgerBook.Totals> replayed = ledger.isComplete() ? ledger.replay() : null;
        for (Account a : accounts) {
            for (Bucket b : a.buckets()) {
                check(a.id, b, liveHeld.getOrDefault(b, 0L), replayed);
            }
        }
        return new Reconciliation(problems, accounts.size(), live);
    }

    private void check(String account, Bucket b, long live, Map<String, LedgerBook.Totals> replayed) {
        String where = account + "/" + b.name;
        expectEqual(b, where + " balance (initial − debits + refunds)", b.initial - b.debits + b.refunds, b.balance);
        expectEqual(b, where + " held (grants − consumed − released)", b.grants - b.debitsFromReservations - b.releases,
                b.held);
        expectEqual(b, where + " held vs live reservations", live, b.held);
        if (b.balance < 0 || b.held > b.balance) {
            problems.add(where + " overdrawn: balance " + b.decimal(b.balance).toPlainString() + ", held "
                    + b.decimal(b.held).toPlainString());
        }
        if (replayed != null) {
            LedgerBook.Totals r = replayed.getOrDefault(LedgerBook.key(account, b.name), new LedgerBook.Totals());
            expectEqual(where + " ledger entries vs totals (debits)", r.debits, b.decimal(b.debits));
            expectEqual(where + " ledger entries vs totals (grants)", r.grants, b.decimal(b.grants));
            expectEqual(where + " ledger entries vs totals (refunds)", r.refunds, b.decimal(b.refunds));
            expectEqual(where + " ledger entries vs totals (releases)", r.releases, b.decimal(b.releases));
        }
    }

    private void expectEqual(Bucket b, String what, long expected, long actual) {
        if (expected != actual) {
            expectEqual(what, b.decimal(expected), b.decimal(actual));
        }
    }

    private void expectEqual(String what, BigDecimal expected, BigDecimal actual) {
        if (expected.compareTo(actual) != 0) {
            problems.add(what + ": expected " + expected.toPlainString() + " but was " + actual.toPlainString());
        }
    }
}
