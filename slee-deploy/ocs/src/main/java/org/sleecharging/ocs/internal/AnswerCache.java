package org.sleecharging.ocs.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.sleecharging.ocs.CreditControlAnswer;

/**
 * Every answer of each recent session by CC-Request-Number, for replaying retransmissions of
 * any request of the session, even after it ended (RFC 4006 §5.1 duplicate detection).
 * Bounded: the oldest sessions are evicted first.
 *
 * <p>Under load the cache is most of what outlives a young collection, so it is kept compact:
 * a session's answers are one byte array of {@link AnswerRecord}s (each preceded by its
 * CC-Request-Number and length), replaced as a whole when an answer is added, and the eviction
 * order is a fixed ring of Session-Ids. Lookups of different sessions share no lock.
 */
final class AnswerCache {
    private static final int ANSWERS_PER_SESSION = 64;
    private static final int HEADER = 12;

    private final Map<String, byte[]> bySession = new ConcurrentHashMap<>();
    /** Sessions in the order they were first answered: slot {@code n % capacity} is overwritten by the n-th. */
    private final AtomicReferenceArray<String> age;
    private final AtomicLong added = new AtomicLong();

    AnswerCache(int capacity) {
        this.age = capacity <= 0 ? null : new AtomicReferenceArray<>(capacity);
    }

    CreditControlAnswer find(String sessionId, long requestNumber) {
        byte[] answers = bySession.get(sessionId);
        if (answers == null) {
            return null;
        }
        for (int at = 0; at < answers.length; at += HEADER + length(answers, at)) {
            if (number(answers, at) == requestNumber) {
                return AnswerRecord.read(answers, at + HEADER);
            }
        }
        return null;
    }

    void put(String sessionId, long requestNumber, CreditControlAnswer answer) {
        if (age == null) {
            return;
        }
        byte[] record = AnswerRecord.write(answer);
        byte[] alone = append(new byte[0], requestNumber, record);
        while (true) {
            byte[] previous = bySession.putIfAbsent(sessionId, alone);
            if (previous == null) {
                String evicted = age.getAndSet((int) (added.getAndIncrement() % age.length()), sessionId);
                if (evicted != null) {
                    bySession.remove(evicted);
                }
                return;
            }
            if (bySession.replace(sessionId, previous, append(without(previous, requestNumber), requestNumber, record))) {
                return;
            }
        }
    }

    /**
     * The session's answers without the one for {@code requestNumber} (a new answer replaces it)
     * and, once {@value #ANSWERS_PER_SESSION} are kept, without the oldest.
     */
    private static byte[] without(byte[] answers, long requestNumber) {
        int total = 0;
        for (int at = 0; at < answers.length; at += HEADER + length(answers, at)) {
            total++;
        }
        byte[] kept = new byte[answers.length];
        int size = 0;
        int index = 0;
        for (int at = 0; at < answers.length; at += HEADER + length(answers, at), index++) {
            boolean oldestOfFull = index == 0 && total >= ANSWERS_PER_SESSION;
            if (!oldestOfFull && number(answers, at) != requestNumber) {
                int n = HEADER + length(answers, at);
                System.arraycopy(answers, at, kept, size, n);
                size += n;
            }
        }
        return size == answers.length ? answers : Arrays.copyOf(kept, size);
    }

    private static byte[] append(byte[] answers, long requestNumber, byte[] record) {
        byte[] joined = Arrays.copyOf(answers, answers.length + HEADER + record.length);
        int at = answers.length;
        for (int i = 0; i < 8; i++) {
            joined[at + i] = (byte) (requestNumber >>> (56 - 8 * i));
        }
        for (int i = 0; i < 4; i++) {
            joined[at + 8 + i] = (byte) (record.length >>> (24 - 8 * i));
        }
        System.arraycopy(record, 0, joined, at + HEADER, record.length);
        return joined;
    }

    private static long number(byte[] answers, int at) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (answers[at + i] & 0xff);
        }
        return v;
    }

    private static int length(byte[] answers, int at) {
        int v = 0;
        for (int i = 8; i < HEADER; i++) {
            v = (v << 8) | (answers[at + i] & 0xff);
        }
        return v;
    }
}
