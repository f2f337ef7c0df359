package org.sleecharging.ocs.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The OCS side of one Ro session: whose account it charges and what it holds. */
final class CcSession {
    final String id;
    final Account account;
    final String subscriber;
    final Map<Reservation.MsccKey, Reservation> reservations = new LinkedHashMap<>();
    long lastRequestNumber = -1;
    /** This session's answers, added under the account's lock; handed to the cache when it ends. */
    final AnswerLog answers = new AnswerLog();
    /** Set under the account's lock when the session ends; a request that found it before then must not use it. */
    boolean closed;
    /**
     * No reservation of this session expires before this instant (null: none held). Written under
     * the account's lock; read without it by the expiry sweep, which then checks under the lock.
     */
    volatile Instant earliestExpiry;

    CcSession(String id, Account account, String subscriber) {
        this.id = id;
        this.account = account;
        this.subscriber = subscriber;
    }

    /** Called under the account's lock for every new reservation. */
    void expiresNoLaterThan(Instant at) {
        Instant current = earliestExpiry;
        if (current == null || at.isBefore(current)) {
            earliestExpiry = at;
        }
    }

    boolean mayHoldExpired(Instant now) {
        Instant at = earliestExpiry;
        return at != null && !now.isBefore(at);
    }
}
