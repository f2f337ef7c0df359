package org.sleecharging.ocs.internal.diameter;

import java.nio.charset.StandardCharsets;
import org.jdiameter.api.Avp;
import org.jdiameter.api.AvpDataException;

/**
 * Walks the AVPs inside a grouped AVP's data (RFC 6733 §4.1, §4.4) straight from its bytes.
 * jDiameter's {@code getGrouped()} builds a fresh AVP set with a stream and a copy of every
 * member, which under load was a large share of the allocation of each CCR and CCA. Vendor-specific
 * members (V flag) report code -1; the 3GPP's (vendor 10415) are read with {@link #code3gpp()}.
 */
final class GroupedReader {
    private static final int VENDOR_FLAG = 0x80;
    private static final int VENDOR_3GPP = 10415;

    private final byte[] data;
    private final int end;
    private int next;
    private int code;
    private int code3gpp;
    private int valueStart;
    private int valueLength;

    private GroupedReader(byte[] data, int start, int end) {
        this.data = data;
        this.next = start;
        this.end = end;
    }

    /** The members of {@code grouped}, whether it was received or built locally. */
    static GroupedReader of(Avp grouped) {
        byte[] raw = grouped.getRawData();
        return new GroupedReader(raw, 0, raw.length);
    }

    /** Moves to the next member; false when there is none. */
    boolean next() throws AvpDataException {
        int at = next;
        if (at >= end) {
            return false;
        }
        if (at + 8 > end) {
            throw new AvpDataException("Truncated AVP header in a grouped AVP");
        }
        int avpCode = readInt(at);
        int flags = data[at + 4] & 0xFF;
        int length = ((data[at + 5] & 0xFF) << 16) | ((data[at + 6] & 0xFF) << 8) | (data[at + 7] & 0xFF);
        int header = (flags & VENDOR_FLAG) != 0 ? 12 : 8;
        if (length < header || at + length > end) {
            throw new AvpDataException("AVP " + avpCode + " has a bad length " + length);
        }
        int vendor = header == 12 ? readInt(at + 8) : 0;
        code = vendor != 0 ? -1 : avpCode;
        code3gpp = vendor == VENDOR_3GPP ? avpCode : -1;
        valueStart = at + header;
        valueLength = length - header;
        next = at + ((length + 3) & ~3);
        return true;
    }

    int code() {
        return code;
    }

    /** The member's code if it is a 3GPP AVP (Vendor-Id 10415), else -1. */
    int code3gpp() {
        return code3gpp;
    }

    int integer32() throws AvpDataException {
        requireLength(4);
        return readInt(valueStart);
    }

    long unsigned32() throws AvpDataException {
        return integer32() & 0xFFFFFFFFL;
    }

    /** Integer64 or Unsigned64 (as jDiameter's getUnsigned64, the same 64 bits). */
    long integer64() throws AvpDataException {
        requireLength(8);
        return ((long) readInt(valueStart) << 32) | (readInt(valueStart + 4) & 0xFFFFFFFFL);
    }

    String utf8() {
        return new String(data, valueStart, valueLength, StandardCharsets.UTF_8);
    }

    GroupedReader group() {
        return new GroupedReader(data, valueStart, valueStart + valueLength);
    }

    private void requireLength(int expected) throws AvpDataException {
        if (valueLength != expected) {
            throw new AvpDataException("AVP " + code + " has " + valueLength + " bytes of data, expected " + expected);
        }
    }

    private int readInt(int at) {
        return ((data[at] & 0xFF) << 24) | ((data[at + 1] & 0xFF) << 16) | ((data[at + 2] & 0xFF) << 8) | (data[at + 3] & 0xFF);
    }
}
