package org.sleecharging.ocs;

/** The Result-Code values the simulator answers with (RFC 6733 §7.1, RFC 4006 §9). */
public final class ResultCodes {
    public static final long SUCCESS = 2001;
    public static final long UNABLE_TO_DELIVER = 3002;
    public static final long APPLICATION_UNSUPPORTED = 3007;
    public static final long END_USER_SERVICE_DENIED = 4010;
    public static final long CREDIT_CONTROL_NOT_APPLICABLE = 4011;
    public static final long CREDIT_LIMIT_REACHED = 4012;
    public static final long UNKNOWN_SESSION_ID = 5002;
    public static final long MISSING_AVP = 5005;
    public static final long UNABLE_TO_COMPLY = 5012;
    public static final long USER_UNKNOWN = 5030;
    public static final long RATING_FAILED = 5031;

    private ResultCodes() {
    }

    public static boolean isSuccess(long resultCode) {
        return resultCode >= 2000 && resultCode < 3000;
    }
}
