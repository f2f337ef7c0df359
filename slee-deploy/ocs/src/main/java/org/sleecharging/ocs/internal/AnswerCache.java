package org.sleecharging.ocs.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.sleecharging.ocs.CreditControlAnswer;

/**
 * Every answer of each recent session by CC-Request-Number, for replaying retransmissions of
 * any request of the session, even after it ended (RFC 4006 §5.1 duplicate detection).
 * Bounded: the oldest sessions are evicted first. Lookups of different sessions share no lock;
 * each session's answers sit behind that session's own monitor.
 */
final class AnswerCache {
    private static final int ANSWERS_PER_SESSION = 64;

    private final int capacity;
    private final Map<String, SessionAnswers> bySession = new ConcurrentHashMap<>();
    /** Sessions in the order they were first answered: the eviction order. */
    private final Queue<String> age = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    AnswerCache(int capacity) {
        this.capacity = capacity;
    }

    CreditControlAnswer find(String sessionId, long requestNumber) {
        SessionAnswers answers = bySession.get(sessionId);
        return answers == null ? null : answers.find(requestNumber);
    }

    void put(String sessionId, long requestNumber, CreditControlAnswer answer) {
        if (capacity <= 0) {
            return;
        }
        SessionAnswers answers = bySession.get(sessionId);
        if (answers == null) {
            SessionAnswers fresh = new SessionAnswers();
            answers = bySession.putIfAbsent(sessionId, fresh);
            if (answers == null) {
                answers = fresh;
                age.add(sessionId);
                if (size.incrementAndGet() > capacity) {
                    evictOldest();
                }
            }
        }
        answers.put(requestNumber, answer);
    }

    private void evictOldest() {
        String oldest = age.poll();
        if (oldest != null) {
            bySession.remove(oldest);
            size.decrementAndGet();
        }
    }

    /** The last {@value #ANSWERS_PER_SESSION} answers of one session, oldest overwritten first. */
    private static final class SessionAnswers {
        private long[] numbers = new long[4];
        private CreditControlAnswer[] answers = new CreditControlAnswer[4];
        private int count;

        synchronized CreditControlAnswer find(long requestNumber) {
            int n = Math.min(count, numbers.length);
            for (int i = 0; i < n; i++) {
                if (numbers[i] == requestNumber) {
                    return answers[i];
                }
            }
            return null;
        }

        synchronized void put(long requestNumber, CreditControlAnswer answer) {
            int n = Math.min(count, numbers.length);
            for (int i = 0; i < n; i++) {
                if (numbers[i] == requestNumber) {
                    answers[i] = answer;
                    return;
                }
            }
            if (count == numbers.length && numbers.length < ANSWERS_PER_SESSION) {
                numbers = Arrays.copyOf(numbers, numbers.length * 2);
                answers = Arrays.copyOf(answers, answers.length * 2);
            }
            int slot = count % numbers.length;
            numbers[slot] = requestNumber;
            answers[slot] = answer;
            count++;
        }
    }
}
