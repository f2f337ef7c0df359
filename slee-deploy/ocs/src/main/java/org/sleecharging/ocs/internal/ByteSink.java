package org.sleecharging.ocs.internal;

import java.util.Arrays;

/** A growable byte array written front to back, with variable-length (zigzag LEB128) longs. */
final class ByteSink {
    private byte[] bytes;
    private int length;

    ByteSink(int capacity) {
        bytes = new byte[capacity];
    }

    int length() {
        return length;
    }

    byte[] array() {
        return bytes;
    }

    void put(int b) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[length++] = (byte) b;
    }

    /** Small magnitudes take one byte whatever the sign: (v << 1) ^ (v >> 63), seven bits at a time. */
    void putLong(long v) {
        long z = (v << 1) ^ (v >> 63);
        while ((z & ~0x7FL) != 0) {
            put((int) ((z & 0x7F) | 0x80));
            z >>>= 7;
        }
        put((int) z);
    }

    void putInt32(int at, int v) {
        bytes[at] = (byte) (v >>> 24);
        bytes[at + 1] = (byte) (v >>> 16);
        bytes[at + 2] = (byte) (v >>> 8);
        bytes[at + 3] = (byte) v;
    }

    void putBytes(byte[] b, int from, int count) {
        while (length + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        System.arraycopy(b, from, bytes, length, count);
        length += count;
    }

    void truncate(int newLength) {
        length = newLength;
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, length);
    }

    /** Reads what {@link ByteSink} writes. */
    static final class Source {
        private final byte[] bytes;
        private int at;

        Source(byte[] bytes, int at) {
            this.bytes = bytes;
            this.at = at;
        }

        int position() {
            return at;
        }

        int get() {
            return bytes[at++] & 0xff;
        }

        long getLong() {
            long z = 0;
            for (int shift = 0; ; shift += 7) {
                int b = get();
                z |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return (z >>> 1) ^ -(z & 1);
                }
            }
        }

        int getInt32() {
            int v = ((bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8)
                    | (bytes[at + 3] & 0xFF);
            at += 4;
            return v;
        }

        byte[] getBytes(int count) {
            byte[] b = Arrays.copyOfRange(bytes, at, at + count);
            at += count;
            return b;
        }
    }
}
