package org.sleecharging.ocs.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sleecharging.ocs.AccountConfig;
import org.sleecharging.ocs.AccountSnapshot;
import org.sleecharging.ocs.CreditControlAnswer;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.LedgerEntry;
import org.sleecharging.ocs.LedgerEntry.Kind;
import org.sleecharging.ocs.MsccAnswer;
import org.sleecharging.ocs.MsccRequest;
import org.sleecharging.ocs.OcsConfig;
import org.sleecharging.ocs.Reconciliation;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.ResultCodes;
import org.sleecharging.ocs.ServiceUnits;
import org.sleecharging.ocs.internal.LedgerBook.Charge;
import org.sleecharging.ocs.internal.Reservation.MsccKey;

/**
 * Accounts, reservations and the ledger, with no Diameter types (RFC 4006 semantics on values).
 * Requests lock only their account (sessions of different accounts run in parallel); all
 * mutators share a read lock that reconciliation and snapshots take exclusively, so those see
 * the ledger and the balances at one consistent instant. Validity-Time is kept per session
 * (its earliest reservation expiry) and released by a sweep over the live sessions, so a CCR
 * touches no shared expiry index.
 */
public final class ChargingEngine {
    private final Clock clock;
    private final long validitySeconds;
    private final Rater rater;
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, Account> bySubscriber = new HashMap<>();
    private final Map<String, CcSession> sessions = new java.util.concurrent.ConcurrentHashMap<>();
    /** Shared by mutators, exclusive for consistent reads; a StampedLock keeps no per-thread hold counts. */
    private final java.util.concurrent.locks.StampedLock books = new java.util.concurrent.locks.StampedLock();
    private final AnswerCache answers;
    private final LedgerBook ledger;
    private final java.util.concurrent.atomic.AtomicLong reservationIds = new java.util.concurrent.atomic.AtomicLong();
    private final EventCharging events;
    private final java.util.concurrent.atomic.AtomicLong duplicates = new java.util.concurrent.atomic.AtomicLong();

    /** The engine's answer and whether it was replayed for a retransmission. */
    public record Outcome(CreditControlAnswer answer, boolean duplicate) {
    }

    public ChargingEngine(OcsConfig config, Clock clock) {
        this.clock = clock;
        this.validitySeconds = config.validityTime().toSeconds();
        BucketKinds kinds = new BucketKinds(config);
        this.rater = new Rater(config.tariffs(), config.defaultQuota(), kinds);
        this.answers = new AnswerCache(config.answerCacheSize());
        this.ledger = new LedgerBook(config.ledgerRetention());
        for (AccountConfig ac : config.accounts()) {
            Account account = new Account(ac, kinds);
            if (accounts.put(ac.id(), account) != null) {
                throw new IllegalArgumentException("Duplicate account id " + ac.id());
            }
            for (String sub : ac.subscriptionIds()) {
                if (bySubscriber.put(sub, account) != null) {
                    throw new IllegalArgumentException("Subscription-Id " + sub + " names two accounts");
                }
            }
        }
        this.events = new EventCharging(rater, ledger);
    }

    /**
     * Serves one CCR. A request repeating the Session-Id and CC-Request-Number of the session's
     * last answered request returns that answer and changes nothing (RFC 4006 §5.1, RFC 6733 §5.5.4).
     */
    public Outcome handle(CreditControlRequest r) {
        Instant now = clock.instant();
        CcSession live = sessions.get(r.sessionId());
        Account account = accountOf(r, live);
        if (account == null) {
            // A retransmission after the session ended has no account any more; a known account's
            // duplicates are caught below, under its lock, so a request is looked up once there.
            CreditControlAnswer previous = answers.find(r.sessionId(), r.requestNumber());
            if (previous != null) {
                duplicates.incrementAndGet();
                return new Outcome(previous, true);
            }
            boolean unknownUser = r.requestType() == RequestType.INITIAL || r.requestType() == RequestType.EVENT;
            return new Outcome(CreditControlAnswer.of(r, unknownUser ? ResultCodes.USER_UNKNOWN : ResultCodes.UNKNOWN_SESSION_ID),
                    false);
        }
        long stamp = books.readLock();
        try {
            synchronized (account) {
                CreditControlAnswer previous = mayRepeat(r, live) ? previousAnswer(r, live) : null;
                if (previous != null) {
                    duplicates.incrementAndGet();
                    return new Outcome(previous, true);
                }
                return new Outcome(process(account, r, live, now), false);
            }
        } finally {
            books.unlockRead(stamp);
        }
    }

    /**
     * Whether {@code r} may repeat an answered request. Every answered request of a live session
     * numbered at most its last CC-Request-Number (RFC 4006 §8.2: numbers increase within a
     * session), so a higher number on a live session, which is most requests, needs no lookup.
     */
    private static boolean mayRepeat(CreditControlRequest r, CcSession live) {
        return live == null || r.retransmitted() || r.requestNumber() <= live.lastRequestNumber;
    }

    /** The live session's own answer, else one from an ended session of the same Session-Id or a sessionless request. */
    private CreditControlAnswer previousAnswer(CreditControlRequest r, CcSession live) {
        CreditControlAnswer own = live == null || live.closed ? null : live.answers.find(r.requestNumber());
        return own != null ? own : answers.find(r.sessionId(), r.requestNumber());
    }

    private Account accountOf(CreditControlRequest r, CcSession live) {
        if (r.requestType() == RequestType.INITIAL || r.requestType() == RequestType.EVENT) {
            return bySubscriber.get(r.subscriber());
        }
        return live == null ? null : live.account;
    }

    private CreditControlAnswer process(Account account, CreditControlRequest r, CcSession live, Instant now) {
        if (r.requestType() == RequestType.EVENT) {
            return sessionless(r, events.serve(account, r, now));
        }
        // live was read before the account's lock: a concurrent request of the same session may have ended it
        CcSession session = r.requestType() == RequestType.INITIAL ? open(account, r)
                : live != null && !live.closed ? live : null;
        if (session == null) {
            return sessionless(r, CreditControlAnswer.of(r, ResultCodes.UNKNOWN_SESSION_ID));
        }
        session.lastRequestNumber = r.requestNumber();
        boolean terminating = r.requestType() == RequestType.TERMINATION;
        List<MsccAnswer> msccs = new ArrayList<>();
        for (MsccRequest m : r.msccs()) {
            msccs.add(serve(session, r, m, !terminating, now));
        }
        long resultCode = overall(msccs);
        if (terminating || !ResultCodes.isSuccess(resultCode)) {
            // RFC 4006 §5.1.2: termination, or a failed initial/update that ends the client session,
            // frees everything the session still holds.
            close(session, r.requestNumber(), now);
        }
        CreditControlAnswer answer = new CreditControlAnswer(resultCode, r.requestType(), r.requestNumber(), msccs, null, null);
        session.answers.add(r.requestNumber(), answer);
        if (session.closed) {
            answers.putAll(session.id, session.answers.toBytes());
        }
        return answer;
    }

    private CreditControlAnswer sessionless(CreditControlRequest r, CreditControlAnswer answer) {
        answers.put(r.sessionId(), r.requestNumber(), answer);
        return answer;
    }

    private CcSession open(Account account, CreditControlRequest r) {
        CcSession session = new CcSession(r.sessionId(), account, r.subscriber());
        CcSession replaced = sessions.put(r.sessionId(), session);
        if (replaced != null) {
            // a CCR-I reusing a live Session-Id: the earlier requests stay replayable
            answers.putAll(replaced.id, replaced.answers.toBytes());
        }
        return session;
    }

    /** Top-level Result-Code: success when any MSCC succeeded, else the first MSCC's failure. */
    static long overall(List<MsccAnswer> msccs) {
        if (msccs.isEmpty()) {
            return ResultCodes.SUCCESS;
        }
        for (MsccAnswer m : msccs) {
            if (ResultCodes.isSuccess(m.resultCode())) {
                return ResultCodes.SUCCESS;
            }
        }
        return msccs.get(0).resultCode();
    }

    private MsccAnswer serve(CcSession s, CreditControlRequest r, MsccRequest m, boolean mayGrant, Instant now) {
        MsccKey key = new MsccKey(m.ratingGroup(), m.serviceIdentifier());
        Charge charge = new Charge(s.id, r.requestNumber(), s.account, s.subscriber, m.ratingGroup());
        try {
            Reservation held = s.reservations.get(key);
            if (held != null || m.used() != null) {
                settle(s, charge, key, held, m.used(), now);
            }
            if (!mayGrant || m.requested() == null) {
                return new MsccAnswer(m.ratingGroup(), m.serviceIdentifier(), ResultCodes.SUCCESS, null, null, false);
            }
            return reserve(s, charge, key, m.requested(), now);
        } catch (ChargingFailure f) {
            return new MsccAnswer(m.ratingGroup(), m.serviceIdentifier(), f.resultCode, null, null, false);
        }
    }

    /**
     * Debits reported usage (from the reservation first, never below zero) and releases the rest.
     * Everything that can refuse the report is checked before the reservation is taken.
     */
    private void settle(CcSession s, Charge charge, MsccKey key, Reservation held, ServiceUnits used, Instant now)
            throws ChargingFailure {
        Rating rating = held != null ? held.rating()
                : rater.rate(s.account, key.ratingGroup(), key.serviceIdentifier(), used);
        Bucket bucket = s.account.bucket(rating);
        long reserved = held == null ? 0 : held.amount();
        long debit = used == null ? 0 : rating.amountOf(rating.quantityOf(used), reserved + bucket.available());
        if (held != null) {
            s.reservations.remove(key);
        }
        long fromReservation = Math.min(debit, reserved);
        if (debit > 0) {
            bucket.debit(debit, fromReservation);
            ledger.record(now, Kind.DEBIT, charge, bucket, debit, fromReservation);
        }
        long unused = reserved - fromReservation;
        if (unused > 0) {
            bucket.release(unused);
            ledger.record(now, Kind.RELEASE, charge, bucket, unused, 0);
        }
    }

    /**
     * Holds what the balance allows of the request. Granted-Service-Unit never exceeds the free
     * balance; when it cannot cover the request, or nothing would be left for another unit, the
     * grant carries Final-Unit-Indication TERMINATE (RFC 4006 §5.6.1).
     */
    private MsccAnswer reserve(CcSession s, Charge charge, MsccKey key, ServiceUnits requested, Instant now)
            throws ChargingFailure {
        Rating rating = rater.rate(s.account, key.ratingGroup(), key.serviceIdentifier(), requested);
        long wanted = rater.requested(rating, requested);
        if (wanted <= 0) {
            throw new ChargingFailure(ResultCodes.RATING_FAILED, "Nothing requested and no default quota for " + rating.unit());
        }
        Bucket bucket = s.account.bucket(rating);
        long granted = Math.min(wanted, rating.affordable(bucket.available()));
        if (granted <= 0) {
            throw new ChargingFailure(ResultCodes.CREDIT_LIMIT_REACHED, "Account " + s.account.id + " has no credit");
        }
        long amount = rating.amountOf(granted);
        bucket.hold(amount);
        ledger.record(now, Kind.GRANT, charge, bucket, amount, 0);
        Reservation reservation = new Reservation(reservationIds.incrementAndGet(), key, rating, amount,
                now.plusSeconds(validitySeconds));
        s.reservations.put(key, reservation);
        s.expiresNoLaterThan(reservation.expiresAt());
        boolean last = granted < wanted || !rating.affordsAny(bucket.available());
        return new MsccAnswer(key.ratingGroup(), key.serviceIdentifier(), ResultCodes.SUCCESS, rating.units(granted),
                validitySeconds, last);
    }

    private void close(CcSession s, long requestNumber, Instant now) {
        for (Reservation r : s.reservations.values()) {
            release(s, r, requestNumber, now);
        }
        s.reservations.clear();
        s.closed = true;
        sessions.remove(s.id);
    }

    private void release(CcSession s, Reservation r, long requestNumber, Instant now) {
        Bucket bucket = s.account.bucket(r.rating());
        bucket.release(r.amount());
        Charge charge = new Charge(s.id, requestNumber, s.account, s.subscriber, r.key().ratingGroup());
        ledger.record(now, Kind.RELEASE, charge, bucket, r.amount(), 0);
    }

    /** Releases every reservation whose Validity-Time has passed (RFC 4006 §8.33); returns how many. */
    public int expireReservations() {
        long stamp = books.readLock();
        try {
            return expire(clock.instant());
        } finally {
            books.unlockRead(stamp);
        }
    }

    /** Visits only sessions whose earliest expiry has come; each is checked under its account's lock. */
    private int expire(Instant now) {
        int released = 0;
        for (CcSession s : sessions.values()) {
            if (!s.mayHoldExpired(now)) {
                continue;
            }
            synchronized (s.account) {
                if (sessions.get(s.id) != s) {
                    continue; // closed meanwhile, and closing released everything
                }
                Instant next = null;
                for (java.util.Iterator<Reservation> it = s.reservations.values().iterator(); it.hasNext(); ) {
                    Reservation r = it.next();
                    if (r.isExpired(now)) {
                        it.remove();
                        release(s, r, s.lastRequestNumber, now);
                        released++;
                    } else if (next == null || r.expiresAt().isBefore(next)) {
                        next = r.expiresAt();
                    }
                }
                s.earliestExpiry = next;
            }
        }
        return released;
    }

    public Reconciliation reconcile() {
        return exclusively(() -> {
            Instant now = clock.instant(); // one instant for the expiry sweep and the check
            expire(now);
            return new Reconciler(ledger, accounts.values(), sessions.values(), now).run();
        });
    }

    public Map<String, AccountSnapshot> accounts() {
        return exclusively(() -> {
            Map<String, AccountSnapshot> snapshot = new LinkedHashMap<>();
            accounts.forEach((id, a) -> snapshot.put(id, a.snapshot()));
            return snapshot;
        });
    }

    public List<LedgerEntry> ledgerEntries() {
        return exclusively(ledger::entries);
    }

    public int liveSessions() {
        return sessions.size();
    }

    public long duplicates() {
        return duplicates.get();
    }

    public boolean isLive(String sessionId) {
        return sessions.containsKey(sessionId);
    }

    private <T> T exclusively(java.util.function.Supplier<T> read) {
        long stamp = books.writeLock();
        try {
            return read.get();
        } finally {
            books.unlockWrite(stamp);
        }
    }
}
