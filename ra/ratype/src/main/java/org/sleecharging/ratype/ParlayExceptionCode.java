package org.sleecharging.ratype;

/** The Parlay exception codes the charging API raises (TS 29.198-1 common data, TS 29.198-12 §8.3). */
public enum ParlayExceptionCode {
    P_INVALID_SESSION_ID,
    P_INVALID_AMOUNT,
    P_INVALID_CURRENCY,
    P_INVALID_REQUEST_NUMBER,
    P_INVALID_USER,
    P_INVALID_ACCOUNT,
    P_INVALID_VOLUME,
    P_TASK_REFUSED,
    P_METHOD_NOT_SUPPORTED
}
