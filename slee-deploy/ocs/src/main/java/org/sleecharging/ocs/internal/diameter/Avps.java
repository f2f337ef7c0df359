package org.sleecharging.ocs.internal.diameter;

/** RFC 6733 and RFC 4006 AVP codes used by the simulator and the raw client. */
final class Avps {
    static final int SESSION_ID = 263;
    static final int ORIGIN_HOST = 264;
    static final int ORIGIN_REALM = 296;
    static final int RESULT_CODE = 268;
    static final int AUTH_APPLICATION_ID = 258;
    static final int RE_AUTH_REQUEST_TYPE = 285;
    static final int DESTINATION_REALM = 283;
    static final int DESTINATION_HOST = 293;
    static final int CC_MONEY = 413;
    static final int CC_REQUEST_NUMBER = 415;
    static final int CC_REQUEST_TYPE = 416;
    static final int CHECK_BALANCE_RESULT = 422;
    static final int COST_INFORMATION = 423;
    static final int CURRENCY_CODE = 425;
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
    /** TS 32.299 §7.2.175, vendor 3GPP (10415). */
    static final int REPORTING_REASON_3GPP = 872;

    /** Final-Unit-Action TERMINATE (RFC 4006 §8.35). */
    static final int FINAL_UNIT_ACTION_TERMINATE = 0;

    private Avps() {
    }
}
