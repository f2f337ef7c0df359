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
        byte[] entry = AnswerRecord.write(answer, HEADER);
        for (int i = 0; i < 8; i++) {
            entry[i] = (byte) (requestNumber >>> (56 - 8 * i));
        }
        int length = entry.length - HEADER;
        for (int i = 0; i < 4; i++) {
            entry[8 + i] = (byte) (length >>> (24 - 8 * i));
        }
        while (true) {
            byte[] previous = bySession.putIfAbsent(sessionId, entry);
            if (previous == null) {
                String evicted = age.getAndSet((int) (added.getAndIncrement() % age.length()), sessionId);
                if (evicted != null) {
                    bySession.remove(evicted);
                }
                return;
            }
            if (bySession.replace(sessionId, previous, joined(previous, requestNumber, entry))) {
                return;
            }
        }
    }

    /**
     * The session's answers followed by {@code entry}, without an earlier answer for the same
     * {@code requestNumber} (the new one replaces it) and, once {@value #ANSWERS_PER_SESSION}
     * are kept, without the oldest.
     */
    private static byte[] joined(byte[] answers, long requestNumber, byte[] entry) {
        int total = 0;
        boolean replaces = false;
        for (int at = 0; at < answers.length; at += HEADER + length(answers, at)) {
            total++;
            replaces |= number(answers, at) == requestNumber;
        }
        if (!replaces && total < ANSWERS_PER_SESSION) {
            byte[] joined = Arrays.copyOf(answers, answers.length + entry.length);
            System.arraycopy(entry, 0, joined, answers.length, entry.length);
            return joined;
        }
        byte[] kept = new byte[answers.length + entry.length];
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
        System.arraycopy(entry, 0, kept, size, entry.length);
        return Arrays.copyOf(kept, size + entry.length);
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
