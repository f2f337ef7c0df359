package org.sleecharging.ocs.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sleecharging.ocs.CreditControlAnswer;

/**
 * Every answer of each recent session by CC-Request-Number, for replaying retransmissions of
 * any request of the session, even after it ended (RFC 4006 §5.1 duplicate detection).
 * Bounded: the oldest sessions are evicted first.
 */
final class AnswerCache {
    private static final int ANSWERS_PER_SESSION = 64;

    private final Map<String, Map<Long, CreditControlAnswer>> bySession;

    AnswerCache(int capacity) {
        this.bySession = new LinkedHashMap<>(1024, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<Long, CreditControlAnswer>> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized CreditControlAnswer find(String sessionId, long requestNumber) {
        Map<Long, CreditControlAnswer> answers = bySession.get(sessionId);
        return answers == null ? null : answers.get(requestNumber);
    }

    synchronized void put(String sessionId, long requestNumber, CreditControlAnswer answer) {
        Map<Long, CreditControlAnswer> answers = bySession.computeIfAbsent(sessionId, id -> new LinkedHashMap<>(4) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, CreditControlAnswer> eldest) {
                return size() > ANSWERS_PER_SESSION;
            }
        });
        answers.put(requestNumber, answer);
    }
}
