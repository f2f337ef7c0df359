package org.sleecharging.ra.engine;

import java.io.Serializable;

import org.sleecharging.events.value.ChargingParameters;

import org.sleecharging.ra.engine.ro.ChargedUser;
import org.sleecharging.ra.engine.ro.ReportingReason;

/**
 * One charged user's Ro session (one per user of a split session): its Session-Id and the next
 * CC-Request-Number (RFC 4006 §8.2), so a recreated session continues both, and why its next
 * CCR-UPDATE reports (a re-auth request or the end of the grant's Validity-Time). Immutable.
 */
public final class Leg implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ChargedUser user;
    private final String roSessionId;
    private final long nextCcRequestNumber;
    private final ChargingParameters parameters;
    private final ReportingReason reauthReason;

    private Leg(ChargedUser user, String roSessionId, long nextCcRequestNumber, ChargingParameters parameters,
            ReportingReason reauthReason) {
        this.user = user;
        this.roSessionId = roSessionId;
        this.nextCcRequestNumber = nextCcRequestNumber;
        this.parameters = parameters;
        this.reauthReason = reauthReason;
    }

    static Leg closed(ChargedUser user) {
        return new Leg(user, null, 0, ChargingParameters.NONE, null);
    }

    public ChargedUser user() {
        return user;
    }

    /** Null while no Ro session is open for this user. */
    public String roSessionId() {
        return roSessionId;
    }

    public boolean isOpen() {
        return roSessionId != null;
    }

    public long nextCcRequestNumber() {
        return nextCcRequestNumber;
    }

    /**
     * The charging parameters of the session's last reservation: Service-Identifier and
     * Rating-Group of the MSCC, which every later CCR-UPDATE/TERMINATION reporting usage must
     * repeat so the OCS matches the usage to the reservation (RFC 4006 §5.1.2, TS 32.299 §6.3.4).
     */
    public ChargingParameters parameters() {
        return parameters == null ? ChargingParameters.NONE : parameters; // snapshots of older versions
    }

    /**
     * Why the next CCR-UPDATE of this leg reports usage: VALIDITY_TIME or FORCED_REAUTHORISATION
     * after the SBB was told so, null otherwise.
     */
    public ReportingReason reauthReason() {
        return reauthReason;
    }

    Leg opened(String sessionId, ChargingParameters reservation) {
        return new Leg(user, sessionId, 1, reservation, null);
    }

    /** The next CC-Request-Number is used; the re-auth reason, if any, went with it. */
    Leg advanced(ChargingParameters reservation) {
        return new Leg(user, roSessionId, nextCcRequestNumber + 1, reservation, null);
    }

    /** The OCS asked for re-authorisation or the grant's validity ended; a RAR wins over the validity end. */
    Leg reauthorising(ReportingReason reason) {
        ReportingReason kept = reauthReason == ReportingReason.FORCED_REAUTHORISATION ? reauthReason : reason;
        return isOpen() ? new Leg(user, roSessionId, nextCcRequestNumber, parameters, kept) : this;
    }

    Leg advanced() {
        return advanced(parameters);
    }

    Leg closed() {
        return closed(user);
    }

    @Override
    public String toString() {
        return user + (roSessionId == null ? " (no Ro session)" : " " + roSessionId + " #" + nextCcRequestNumber);
    }
}
