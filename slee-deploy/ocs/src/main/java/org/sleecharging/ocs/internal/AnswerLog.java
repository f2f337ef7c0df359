package org.sleecharging.ocs.internal;

import java.util.Arrays;
import org.sleecharging.ocs.CreditControlAnswer;

/**
 * The answers of one session as one byte array: each {@link AnswerRecord} preceded by its
 * CC-Request-Number (8 bytes) and length (4 bytes). Arrays are never changed once built, so a
 * log can be read without the lock it was built under.
 */
final class AnswerLog {
    static final byte[] EMPTY = new byte[0];
    private static final int ANSWERS_PER_SESSION = 64;
    private static final int HEADER = 12;

    private AnswerLog() {
    }

    /** One answer as a log of its own. */
    static byte[] entry(long requestNumber, CreditControlAnswer answer) {
        byte[] entry = AnswerRecord.write(answer, HEADER);
        for (int i = 0; i < 8; i++) {
            entry[i] = (byte) (requestNumber >>> (56 - 8 * i));
        }
        int length = entry.length - HEADER;
        for (int i = 0; i < 4; i++) {
            entry[8 + i] = (byte) (length >>> (24 - 8 * i));
        }
        return entry;
    }

    static CreditControlAnswer find(byte[] log, long requestNumber) {
        for (int at = 0; at < log.length; at += HEADER + length(log, at)) {
            if (number(log, at) == requestNumber) {
                return AnswerRecord.read(log, at + HEADER);
            }
        }
        return null;
    }

    /** {@code log} followed by every answer of {@code later}, each as {@link #joined} adds it. */
    static byte[] joinedAll(byte[] log, byte[] later) {
        byte[] result = log;
        for (int at = 0; at < later.length; at += HEADER + length(later, at)) {
            result = joined(result, number(later, at), Arrays.copyOfRange(later, at, at + HEADER + length(later, at)));
        }
        return result;
    }

    /**
     * {@code log} followed by {@code entry} (a log of one answer for {@code requestNumber}),
     * without an earlier answer for the same number (the new one replaces it) and, once
     * {@value #ANSWERS_PER_SESSION} are kept, without the oldest.
     */
    static byte[] joined(byte[] log, long requestNumber, byte[] entry) {
        int total = 0;
        boolean replaces = false;
        for (int at = 0; at < log.length; at += HEADER + length(log, at)) {
            total++;
            replaces |= number(log, at) == requestNumber;
        }
        if (!replaces && total < ANSWERS_PER_SESSION) {
            byte[] joined = Arrays.copyOf(log, log.length + entry.length);
            System.arraycopy(entry, 0, joined, log.length, entry.length);
            return joined;
        }
        byte[] kept = new byte[log.length + entry.length];
        int size = 0;
        int index = 0;
        for (int at = 0; at < log.length; at += HEADER + length(log, at), index++) {
            boolean oldestOfFull = index == 0 && total >= ANSWERS_PER_SESSION;
            if (!oldestOfFull && number(log, at) != requestNumber) {
                int n = HEADER + length(log, at);
                System.arraycopy(log, at, kept, size, n);
                size += n;
            }
        }
        System.arraycopy(entry, 0, kept, size, entry.length);
        return Arrays.copyOf(kept, size + entry.length);
    }

    private static long number(byte[] log, int at) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (log[at + i] & 0xff);
        }
        return v;
    }

    private static int length(byte[] log, int at) {
        int v = 0;
        for (int i = 8; i < HEADER; i++) {
            v = (v << 8) | (log[at + i] & 0xff);
        }
        return v;
    }
}
