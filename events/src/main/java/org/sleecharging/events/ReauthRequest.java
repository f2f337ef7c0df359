package org.sleecharging.events;

import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.ReauthCause;

/**
 * The SBB should reserve again: the OCS asked for re-authorisation (Ro RAR, RFC 4006 §5.5), or the
 * Validity-Time of the last grant elapsed (RFC 4006 §8.33); {@link #getCause()} says which. Rating
 * group, service identifier and user are null when absent (always absent for VALIDITY_TIME).
 */
public final class ReauthRequest extends ChargingEvent {
    private static final long serialVersionUID = 1L;

    private final ReauthCause cause;
    private final String user;
    private final Long ratingGroup;
    private final Long serviceIdentifier;

    /** An OCS re-auth request ({@link ReauthCause#OCS_REQUEST}). */
    public ReauthRequest(ChargingSessionId sessionId, String user, Long ratingGroup, Long serviceIdentifier) {
        this(sessionId, ReauthCause.OCS_REQUEST, user, ratingGroup, serviceIdentifier);
    }

    public ReauthRequest(ChargingSessionId sessionId, ReauthCause cause, String user, Long ratingGroup,
            Long serviceIdentifier) {
        super(sessionId);
        this.cause = require(cause, "cause");
        this.user = user;
        this.ratingGroup = ratingGroup;
        this.serviceIdentifier = serviceIdentifier;
    }

    /** The elapsed validity time of the grant end, or the OCS's request. */
    public ReauthCause getCause() {
        return cause;
    }

    /** May be null. */
    public String getUser() {
        return user;
    }

    /** May be null. */
    public Long getRatingGroup() {
        return ratingGroup;
    }

    /** May be null. */
    public Long getServiceIdentifier() {
        return serviceIdentifier;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("cause", cause).add("user", user).add("ratingGroup", ratingGroup).add("serviceIdentifier", serviceIdentifier);
    }
}
