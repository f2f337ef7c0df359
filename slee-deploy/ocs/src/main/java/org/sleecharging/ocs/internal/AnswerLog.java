package org.sleecharging.ocs.internal;

import java.util.Arrays;
import org.sleecharging.ocs.CreditControlAnswer;

/**
 * The answers of one session as bytes: each {@link AnswerRecord} preceded by the length of the
 * rest of its entry (4 bytes) and its CC-Request-Number (variable length), the last
 * {@value #ANSWERS_PER_SESSION} answers at most, a later answer for a number replacing an earlier.
 *
 * <p>A live session appends to its own log in place, under its account's lock; when it ends the
 * cache gets {@link #toBytes()}, an array that is never changed again and so is read without a
 * lock. The static methods work on such arrays.
 */
final class AnswerLog {
    static final byte[] EMPTY = new byte[0];
    private static final int ANSWERS_PER_SESSION = 64;
    private static final int LENGTH = 4;

    private final ByteSink log = new ByteSink(64);
    private int count;
    private long lastNumber = -1;

    /** Adds the answer to request {@code requestNumber}. */
    void add(long requestNumber, CreditControlAnswer answer) {
        if (count > 0 && (count >= ANSWERS_PER_SESSION || requestNumber <= lastNumber)) {
            // rare: a full log or a number answered before (numbers normally only grow, RFC 4006 §8.2)
            byte[] rebuilt = joined(toBytes(), requestNumber, entry(requestNumber, answer));
            log.truncate(0);
            log.putBytes(rebuilt, 0, rebuilt.length);
            count = count(rebuilt);
        } else {
            append(log, requestNumber, answer);
            count++;
        }
        lastNumber = Math.max(lastNumber, requestNumber);
    }

    CreditControlAnswer find(long requestNumber) {
        return find(log.array(), 0, log.length(), requestNumber);
    }

    byte[] toBytes() {
        return count == 0 ? EMPTY : log.toArray();
    }

    /** One answer as a log of its own. */
    static byte[] entry(long requestNumber, CreditControlAnswer answer) {
        ByteSink one = new ByteSink(32);
        append(one, requestNumber, answer);
        return one.toArray();
    }

    private static void append(ByteSink out, long requestNumber, CreditControlAnswer answer) {
        int start = out.length();
        out.put(0);
        out.put(0);
        out.put(0);
        out.put(0);
        out.putLong(requestNumber);
        AnswerRecord.write(answer, out);
        out.putInt32(start, out.length() - start - LENGTH);
    }

    static CreditControlAnswer find(byte[] log, long requestNumber) {
        return find(log, 0, log.length, requestNumber);
    }

    /** The answer for {@code requestNumber} in the log held by {@code bytes[from, to)}. */
    static CreditControlAnswer find(byte[] bytes, int from, int to, long requestNumber) {
        byte[] log = bytes;
        for (int at = from; at < to; at = next(log, at)) {
            ByteSink.Source in = new ByteSink.Source(log, at + LENGTH);
            if (in.getLong() == requestNumber) {
                return AnswerRecord.read(log, in.position());
            }
        }
        return null;
    }

    /** {@code log} followed by every answer of {@code later}, each as {@link #joined} adds it. */
    static byte[] joinedAll(byte[] log, byte[] later) {
        byte[] result = log;
        for (int at = 0; at < later.length; at = next(later, at)) {
            result = joined(result, number(later, at), Arrays.copyOfRange(later, at, next(later, at)));
        }
        return result;
    }

    /**
     * {@code log} followed by {@code entry} (a log of one answer for {@code requestNumber}),
     * without an earlier answer for the same number (the new one replaces it) and, once
     * {@value #ANSWERS_PER_SESSION} are kept, without the oldest.
     */
    static byte[] joined(byte[] log, long requestNumber, byte[] entry) {
        int total = count(log);
        boolean replaces = false;
        for (int at = 0; at < log.length; at = next(log, at)) {
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
        for (int at = 0; at < log.length; at = next(log, at), index++) {
            boolean oldestOfFull = index == 0 && total >= ANSWERS_PER_SESSION;
            if (!oldestOfFull && number(log, at) != requestNumber) {
                int n = next(log, at) - at;
                System.arraycopy(log, at, kept, size, n);
                size += n;
            }
        }
        System.arraycopy(entry, 0, kept, size, entry.length);
        return Arrays.copyOf(kept, size + entry.length);
    }

    private static int count(byte[] log) {
        int n = 0;
        for (int at = 0; at < log.length; at = next(log, at)) {
            n++;
        }
        return n;
    }

    private static long number(byte[] log, int at) {
        return new ByteSink.Source(log, at + LENGTH).getLong();
    }

    private static int next(byte[] log, int at) {
        return at + LENGTH + new ByteSink.Source(log, at).getInt32();
    }
}
