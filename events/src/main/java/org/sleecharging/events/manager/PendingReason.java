package org.sleecharging.events.manager;

/** Why an instruction became pending on a charging instance. */
public enum PendingReason {
    /** The OCS sent a re-auth request (Ro RAR, RFC 4006 §5.5). */
    REAUTH_REQUEST,
    /** The Validity-Time of the grant elapsed (RFC 4006 §8.33). */
    VALIDITY_TIME_EXPIRED,
    /** The quota threshold was reached (TS 32.299 Time-Quota-Threshold, Volume-Quota-Threshold). */
    QUOTA_THRESHOLD_REACHED,
    /** The granted units are used up (TS 32.299 Reporting-Reason QUOTA_EXHAUSTED). */
    QUOTA_EXHAUSTED
}
