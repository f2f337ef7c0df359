package org.sleecharging.ocs.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.sleecharging.ocs.CreditControlAnswer;

/**
 * The answers of recently ended sessions (and of requests that opened none) by Session-Id and
 * CC-Request-Number, for replaying retransmissions after a session ended (RFC 4006 §5.1
 * duplicate detection). A live session keeps its own {@link AnswerLog} and hands it over here
 * when it ends. Bounded: the oldest sessions are evicted first.
 *
 * <p>Under load the cache is most of what outlives a young collection, so it is kept compact:
 * a session's answers are one {@link AnswerLog} array, replaced as a whole when answers are
 * added, and the eviction order is a fixed ring of Session-Ids. Lookups share no lock.
 */
final class AnswerCache {
    private final Map<String, byte[]> bySession = new ConcurrentHashMap<>();
    /** Sessions in the order they were first cached: slot {@code n % capacity} is overwritten by the n-th. */
    private final AtomicReferenceArray<String> age;
    private final AtomicLong added = new AtomicLong();

    AnswerCache(int capacity) {
        this.age = capacity <= 0 ? null : new AtomicReferenceArray<>(capacity);
    }

    CreditControlAnswer find(String sessionId, long requestNumber) {
        byte[] log = bySession.get(sessionId);
        return log == null ? null : AnswerLog.find(log, requestNumber);
    }

    void put(String sessionId, long requestNumber, CreditControlAnswer answer) {
        if (age != null) {
            putAll(sessionId, AnswerLog.entry(requestNumber, answer));
        }
    }

    /** Adds every answer of {@code log}, a later answer for a request number replacing an earlier one. */
    void putAll(String sessionId, byte[] log) {
        if (age == null || log.length == 0) {
            return;
        }
        while (true) {
            byte[] previous = bySession.putIfAbsent(sessionId, log);
            if (previous == null) {
                String evicted = age.getAndSet((int) (added.getAndIncrement() % age.length()), sessionId);
                if (evicted != null) {
                    bySession.remove(evicted);
                }
                return;
            }
            if (bySession.replace(sessionId, previous, AnswerLog.joinedAll(previous, log))) {
                return;
            }
        }
    }
}
