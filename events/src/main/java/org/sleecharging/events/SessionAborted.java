package org.sleecharging.events;

import org.sleecharging.events.value.ChargingSessionId;

/** The OCS aborted the session (Ro ASR, RFC 4006 §5.6); reservations are gone and the activity ends next. The user is null for a single-user session. */
public final class SessionAborted extends ChargingEvent {
    private static final long serialVersionUID = 1L;

    private final String user;
    private final String reason;

    public SessionAborted(ChargingSessionId sessionId, String user, String reason) {
        super(sessionId);
        this.user = user;
        this.reason = require(reason, "reason");
    }

    /** May be null. */
    public String getUser() {
        return user;
    }

    public String getReason() {
        return reason;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("user", user).add("reason", reason);
    }
}
