package org.sleecharging.ocs.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.sleecharging.ocs.CreditControlAnswer;

/**
 * The answers of recently ended sessions (and of requests that opened none) by Session-Id and
 * CC-Request-Number, for replaying retransmissions after a session ended (RFC 4006 §5.1
 * duplicate detection). A live session keeps its own {@link AnswerLog} and hands it over here
 * when it ends. Bounded: the session cached longest ago is evicted first.
 *
 * <p>Under load this cache is what outlives young collections, so it holds no object per
 * session: each session is a slot in a ring of {@code capacity} slots, its Session-Id and
 * {@link AnswerLog} bytes stored in the slot's {@value #SLOT_BYTES} bytes of a byte array (a
 * longer record, a session with many answers, gets an array of its own), found through an
 * open-addressing table of slot numbers. Primitive arrays are neither scanned nor copied per
 * session by the collector. The byte arrays are created as slots are first used, so a large
 * capacity costs memory only once that many sessions ended. One monitor guards it all: a
 * session's end puts once and only a possible retransmission looks up.
 */
final class AnswerCache {
    private static final int SLOT_BYTES = 256;
    private static final int SLOTS_PER_CHUNK = 1024;

    private final int capacity;
    private final byte[][] chunks;
    private final byte[][] oversized;
    private final int[] slotHash;
    private final boolean[] used;
    /** Slot + 1 by hash, linear probing; 0 is empty. */
    private final int[] table;
    private final int mask;
    private long added;

    AnswerCache(int capacity) {
        this.capacity = Math.max(0, capacity);
        this.chunks = new byte[(this.capacity + SLOTS_PER_CHUNK - 1) / SLOTS_PER_CHUNK][];
        this.oversized = new byte[this.capacity][];
        this.slotHash = new int[this.capacity];
        this.used = new boolean[this.capacity];
        int size = Integer.highestOneBit(Math.max(2, this.capacity) * 2 - 1) * 2;
        this.table = new int[this.capacity == 0 ? 1 : size];
        this.mask = table.length - 1;
    }

    synchronized CreditControlAnswer find(String sessionId, long requestNumber) {
        int at = lookup(sessionId);
        if (at < 0) {
            return null;
        }
        int slot = table[at] - 1;
        byte[] record = record(slot);
        int offset = offset(slot);
        int logStart = offset + 2 + idLength(record, offset);
        int logLength = readInt(record, logStart);
        return AnswerLog.find(record, logStart + 4, logStart + 4 + logLength, requestNumber);
    }

    void put(String sessionId, long requestNumber, CreditControlAnswer answer) {
        if (capacity > 0) {
            putAll(sessionId, AnswerLog.entry(requestNumber, answer));
        }
    }

    /** Adds every answer of {@code log}, a later answer for a request number replacing an earlier one. */
    synchronized void putAll(String sessionId, byte[] log) {
        if (capacity == 0 || log.length == 0) {
            return;
        }
        byte[] id = sessionId.getBytes(StandardCharsets.UTF_8);
        if (id.length > 0xFFFF) {
            return; // a slot records the Session-Id length in two bytes; no real Session-Id is this long
        }
        int at = lookup(sessionId);
        if (at >= 0) {
            int slot = table[at] - 1;
            store(slot, id, AnswerLog.joinedAll(log(slot), log));
            return;
        }
        int slot = (int) (added++ % capacity);
        if (used[slot]) {
            remove(slot);
        }
        store(slot, id, log);
        used[slot] = true;
        slotHash[slot] = sessionId.hashCode();
        int i = slotHash[slot] & mask;
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = slot + 1;
    }

    private void store(int slot, byte[] id, byte[] log) {
        int length = 2 + id.length + 4 + log.length;
        byte[] target;
        int offset;
        if (length <= SLOT_BYTES) {
            oversized[slot] = null;
            byte[] chunk = chunks[slot / SLOTS_PER_CHUNK];
            if (chunk == null) {
                chunk = new byte[SLOTS_PER_CHUNK * SLOT_BYTES];
                chunks[slot / SLOTS_PER_CHUNK] = chunk;
            }
            target = chunk;
            offset = (slot % SLOTS_PER_CHUNK) * SLOT_BYTES;
        } else {
            target = new byte[length];
            oversized[slot] = target;
            offset = 0;
        }
        target[offset] = (byte) (id.length >>> 8);
        target[offset + 1] = (byte) id.length;
        System.arraycopy(id, 0, target, offset + 2, id.length);
        int logStart = offset + 2 + id.length;
        target[logStart] = (byte) (log.length >>> 24);
        target[logStart + 1] = (byte) (log.length >>> 16);
        target[logStart + 2] = (byte) (log.length >>> 8);
        target[logStart + 3] = (byte) log.length;
        System.arraycopy(log, 0, target, logStart + 4, log.length);
    }

    private byte[] record(int slot) {
        return oversized[slot] != null ? oversized[slot] : chunks[slot / SLOTS_PER_CHUNK];
    }

    private int offset(int slot) {
        return oversized[slot] != null ? 0 : (slot % SLOTS_PER_CHUNK) * SLOT_BYTES;
    }

    private byte[] log(int slot) {
        byte[] record = record(slot);
        int logStart = offset(slot) + 2 + idLength(record, offset(slot));
        return Arrays.copyOfRange(record, logStart + 4, logStart + 4 + readInt(record, logStart));
    }

    /** The table position holding {@code sessionId}'s slot, or -1. */
    private int lookup(String sessionId) {
        int hash = sessionId.hashCode();
        for (int i = hash & mask; table[i] != 0; i = (i + 1) & mask) {
            int slot = table[i] - 1;
            if (slotHash[slot] == hash && holds(slot, sessionId)) {
                return i;
            }
        }
        return -1;
    }

    private boolean holds(int slot, String sessionId) {
        byte[] record = record(slot);
        int offset = offset(slot);
        int length = idLength(record, offset);
        if (length == sessionId.length()) {
            boolean same = true;
            for (int k = 0; k < length && same; k++) {
                char c = sessionId.charAt(k);
                same = c < 0x80 && record[offset + 2 + k] == c;
            }
            if (same) {
                return true;
            }
        }
        byte[] id = sessionId.getBytes(StandardCharsets.UTF_8);
        return Arrays.equals(record, offset + 2, offset + 2 + length, id, 0, id.length);
    }

    /** Drops {@code slot}'s session from the table, shifting later entries of its probe run back (linear probing). */
    private void remove(int slot) {
        int i = slotHash[slot] & mask;
        while (table[i] != slot + 1) {
            i = (i + 1) & mask;
        }
        while (true) {
            table[i] = 0;
            int j = i;
            while (true) {
                j = (j + 1) & mask;
                if (table[j] == 0) {
                    used[slot] = false;
                    oversized[slot] = null;
                    return;
                }
                int home = slotHash[table[j] - 1] & mask;
                boolean stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
                if (!stays) {
                    table[i] = table[j];
                    i = j;
                    break;
                }
            }
        }
    }

    private static int idLength(byte[] record, int offset) {
        return ((record[offset] & 0xFF) << 8) | (record[offset + 1] & 0xFF);
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
