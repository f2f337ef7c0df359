package org.sleecharging.ra.internal.diameter;

/** AVP codes and enumerated values of RFC 6733, RFC 4006 and TS 32.299 that the Ro client writes or reads. */
final class RoAvps {
    static final int SESSION_ID = 263;
    static final int RESULT_CODE = 268;
    static final int EXPERIMENTAL_RESULT = 297;
    static final int EXPERIMENTAL_RESULT_CODE = 298;
    static final int TERMINATION_CAUSE = 295;
    static final int CC_MONEY = 413;
    static final int CC_REQUEST_NUMBER = 415;
    static final int CC_REQUEST_TYPE = 416;
    static final int CC_SERVICE_SPECIFIC_UNITS = 417;
    static final int CC_SESSION_FAILOVER = 418;
    static final int CC_TIME = 420;
    static final int CC_TOTAL_OCTETS = 421;
    static final int COST_INFORMATION = 423;
    static final int CURRENCY_CODE = 425;
    static final int CREDIT_CONTROL_FAILURE_HANDLING = 427;
    static final int EXPONENT = 429;
    static final int FINAL_UNIT_INDICATION = 430;
    static final int GRANTED_SERVICE_UNIT = 431;
    static final int RATING_GROUP = 432;
    static final int REQUESTED_ACTION = 436;
    static final int REQUESTED_SERVICE_UNIT = 437;
    static final int SERVICE_IDENTIFIER = 439;
    static final int SUBSCRIPTION_ID = 443;
    static final int SUBSCRIPTION_ID_DATA = 444;
    static final int UNIT_VALUE = 445;
    static final int USED_SERVICE_UNIT = 446;
    static final int VALUE_DIGITS = 447;
    static final int VALIDITY_TIME = 448;
    static final int FINAL_UNIT_ACTION = 449;
    static final int SUBSCRIPTION_ID_TYPE = 450;
    static final int MULTIPLE_SERVICES_INDICATOR = 455;
    static final int MULTIPLE_SERVICES_CREDIT_CONTROL = 456;
    static final int SERVICE_CONTEXT_ID = 461;
    /** TS 32.299 §7.2.175, vendor {@link #VENDOR_3GPP}, flags V and M. */
    static final int REPORTING_REASON = 872;

    /** The 3GPP's Vendor-Id (IANA enterprise number 10415). */
    static final long VENDOR_3GPP = 10415;

    /** Credit-Control command code (RFC 4006 §3.1). */
    static final int CREDIT_CONTROL = 272;
    /** Re-Auth command code (RFC 6733 §8.3). */
    static final int RE_AUTH = 258;
    /** Abort-Session command code (RFC 6733 §8.5). */
    static final int ABORT_SESSION = 274;
    /** Diameter Credit-Control Application (RFC 4006 §12). */
    static final long CREDIT_CONTROL_APPLICATION = 4;

    /** Multiple-Services-Indicator MULTIPLE_SERVICES_SUPPORTED (RFC 4006 §8.40). */
    static final int MULTIPLE_SERVICES_SUPPORTED = 1;
    /** Termination-Cause DIAMETER_LOGOUT (RFC 6733 §8.15): the service ended normally. */
    static final int DIAMETER_LOGOUT = 1;
    /** CC-Session-Failover values (RFC 4006 §8.4). */
    static final int FAILOVER_NOT_SUPPORTED = 0;
    static final int FAILOVER_SUPPORTED = 1;

    private RoAvps() {
    }
}
