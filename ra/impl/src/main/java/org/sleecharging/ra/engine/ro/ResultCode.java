package org.sleecharging.ra.engine.ro;

import java.io.Serializable;

/** A Diameter Result-Code (RFC 6733 §7.1, RFC 4006 §9) with its class. */
public final class ResultCode implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Result-Code classes by thousands (RFC 6733 §7.1.1–§7.1.5). */
    public enum Kind {
        INFORMATIONAL(1), SUCCESS(2), PROTOCOL_ERROR(3), TRANSIENT_FAILURE(4), PERMANENT_FAILURE(5), UNRECOGNISED(0);

        /** values() clones its array on every call; a Result-Code is classified per answer. */
        private static final Kind[] ALL = values();

        private final int thousands;

        Kind(int thousands) {
            this.thousands = thousands;
        }

        static Kind of(long code) {
            for (Kind kind : ALL) {
                if (kind.thousands == code / 1000) {
                    return kind;
                }
            }
            return UNRECOGNISED;
        }
    }

    public static final ResultCode SUCCESS = new ResultCode(2001);
    public static final ResultCode LIMITED_SUCCESS = new ResultCode(2002);
    public static final ResultCode UNABLE_TO_DELIVER = new ResultCode(3002);
    public static final ResultCode TOO_BUSY = new ResultCode(3004);
    public static final ResultCode END_USER_SERVICE_DENIED = new ResultCode(4010);
    public static final ResultCode CREDIT_CONTROL_NOT_APPLICABLE = new ResultCode(4011);
    public static final ResultCode CREDIT_LIMIT_REACHED = new ResultCode(4012);
    public static final ResultCode AUTHORIZATION_REJECTED = new ResultCode(5003);
    public static final ResultCode MISSING_AVP = new ResultCode(5005);
    public static final ResultCode UNABLE_TO_COMPLY = new ResultCode(5012);
    public static final ResultCode USER_UNKNOWN = new ResultCode(5030);
    public static final ResultCode RATING_FAILED = new ResultCode(5031);

    private final long code;

    private ResultCode(long code) {
        this.code = code;
    }

    /** Throws IllegalArgumentException outside the Unsigned32 range. */
    public static ResultCode valueOf(long code) {
        if (code < 0 || code > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("result code " + code + " is not an Unsigned32");
        }
        return new ResultCode(code);
    }

    public long code() {
        return code;
    }

    public Kind kind() {
        return Kind.of(code);
    }

    public boolean isSuccess() {
        return kind() == Kind.SUCCESS;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResultCode && ((ResultCode) o).code == code;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(code);
    }

    @Override
    public String toString() {
        return code + " (" + kind() + ")";
    }
}
