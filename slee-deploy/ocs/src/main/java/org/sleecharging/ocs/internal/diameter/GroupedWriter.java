package org.sleecharging.ocs.internal.diameter;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jdiameter.api.AvpSet;

/**
 * Writes the members of a grouped AVP as bytes (RFC 6733 §4.1: header, data, padding to 32 bits),
 * every member with the M flag (3GPP members also with the V flag and Vendor-Id 10415), and adds the group to a message in one AVP.
 * jDiameter's {@code addGroupedAvp} builds an AVP set per group and encodes it member by member;
 * the bytes on the wire are the same.
 */
final class GroupedWriter {
    private static final int MANDATORY_FLAG = 0x40;
    private static final int VENDOR_FLAG = 0x80;
    private static final int VENDOR_3GPP = 10415;

    private byte[] bytes;
    private int size;

    GroupedWriter() {
        this(64);
    }

    GroupedWriter(int capacity) {
        bytes = new byte[capacity];
    }

    GroupedWriter integer32(int code, int value) {
        header(code, 4);
        putInt(value);
        return this;
    }

    /** An Integer32 or Enumerated 3GPP AVP (TS 29.230 vendor 10415), flags V and M. */
    GroupedWriter integer32Of3gpp(int code, int value) {
        ensure(16);
        putInt(code);
        bytes[size++] = (byte) (VENDOR_FLAG | MANDATORY_FLAG);
        bytes[size++] = 0;
        bytes[size++] = 0;
        bytes[size++] = 16;
        putInt(VENDOR_3GPP);
        putInt(value);
        return this;
    }

    GroupedWriter unsigned32(int code, long value) {
        if (value < 0 || value > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("AVP " + code + ": " + value + " is not an Unsigned32");
        }
        return integer32(code, (int) value);
    }

    /** Integer64 or Unsigned64: the same 64 bits. */
    GroupedWriter integer64(int code, long value) {
        header(code, 8);
        putInt((int) (value >>> 32));
        putInt((int) value);
        return this;
    }

    GroupedWriter utf8(int code, String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        header(code, b.length);
        ensure(b.length + 3);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
        pad();
        return this;
    }

    GroupedWriter group(int code, GroupedWriter members) {
        header(code, members.size);
        ensure(members.size);
        System.arraycopy(members.bytes, 0, bytes, size, members.size);
        size += members.size;
        return this;
    }

    /**
     * Starts a grouped member written in place: the members written next belong to it until
     * {@link #close(int)} is given the position returned here. Saves building the group apart and
     * copying it in.
     */
    int open(int code) {
        int at = size;
        header(code, 0);
        return at;
    }

    /** Ends the grouped member started at {@code at}: its length covers everything written since. */
    void close(int at) {
        int length = size - at;
        bytes[at + 5] = (byte) (length >>> 16);
        bytes[at + 6] = (byte) (length >>> 8);
        bytes[at + 7] = (byte) length;
    }

    /** Adds these members to {@code target} as one grouped AVP {@code code} (M flag, not protected). */
    void addTo(AvpSet target, int code) {
        target.addAvp(code, Arrays.copyOf(bytes, size), true, false);
    }

    private void header(int code, int dataLength) {
        ensure(8 + dataLength + 3);
        putInt(code);
        int length = 8 + dataLength;
        bytes[size++] = (byte) MANDATORY_FLAG;
        bytes[size++] = (byte) (length >>> 16);
        bytes[size++] = (byte) (length >>> 8);
        bytes[size++] = (byte) length;
    }

    private void pad() {
        while ((size & 3) != 0) {
            bytes[size++] = 0;
        }
    }

    private void putInt(int v) {
        bytes[size++] = (byte) (v >>> 24);
        bytes[size++] = (byte) (v >>> 16);
        bytes[size++] = (byte) (v >>> 8);
        bytes[size++] = (byte) v;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
