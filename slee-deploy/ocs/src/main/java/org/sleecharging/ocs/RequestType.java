package org.sleecharging.ocs;

/** CC-Request-Type (RFC 4006 §8.3). */
public enum RequestType {
    INITIAL(1), UPDATE(2), TERMINATION(3), EVENT(4);

    /** values() copies its array on every call; the decoder asks once per message. */
    private static final RequestType[] ALL = values();
    private final int code;

    RequestType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static RequestType ofCode(int code) {
        for (RequestType t : ALL) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown CC-Request-Type " + code);
    }
}
