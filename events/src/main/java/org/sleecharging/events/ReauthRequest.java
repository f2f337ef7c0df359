package org.sleecharging.events;

import org.sleecharging.events.value.ChargingSessionId;

/** The OCS asks for re-authorisation (Ro RAR, RFC 4006 §5.5): the SBB should reserve again. Rating group, service identifier and user are null when absent. */
public final class ReauthRequest extends ChargingEvent {
    private static final long serialVersionUID = 1L;

    private final String user;
    private final Long ratingGroup;
    private final Long serviceIdentifier;

    public ReauthRequest(ChargingSessionId sessionId, String user, Long ratingGroup, Long serviceIdentifier) {
        super(sessionId);
        this.user = user;
        this.ratingGroup = ratingGroup;
        this.serviceIdentifier = serviceIdentifier;
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
        fields.add("user", user).add("ratingGroup", ratingGroup).add("serviceIdentifier", serviceIdentifier);
    }
}
