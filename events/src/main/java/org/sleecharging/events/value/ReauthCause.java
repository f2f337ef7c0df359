package org.sleecharging.events.value;

/** Why a {@code ReauthRequest} asks the SBB to reserve again. */
public enum ReauthCause {
    /** The OCS sent a Re-Auth-Request (Ro RAR, RFC 4006 §5.5); the next report says FORCED_REAUTHORISATION. */
    OCS_REQUEST,
    /** The Validity-Time of the last grant elapsed (RFC 4006 §8.33); the next report says VALIDITY_TIME. */
    VALIDITY_TIME
}
