package org.sleecharging.ra.engine.ro;

import java.io.Serializable;
import java.util.Objects;

import org.sleecharging.events.value.ChargingParameters;

/**
 * One CCR the engine asks the port to send (TS 32.299 §6.4.2 over RFC 4006 §3.1). The engine
 * owns the Ro Session-Id and the CC-Request-Number so that a recreated session continues them.
 * Requested and used units are {@link ServiceUnits#NONE} when the CCR carries none; the requested
 * action is null except for EVENT requests.
 */
public final class RoRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String roSessionId;
    private final RequestType type;
    private final long ccRequestNumber;
    private final RequestedAction requestedAction;
    private final ChargedUser user;
    private final ServiceUnits requested;
    private final ServiceUnits used;
    private final ChargingParameters parameters;

    private RoRequest(Builder b) {
        this.roSessionId = Objects.requireNonNull(b.roSessionId, "roSessionId");
        this.type = Objects.requireNonNull(b.type, "type");
        this.ccRequestNumber = b.ccRequestNumber;
        this.requestedAction = b.requestedAction;
        this.user = Objects.requireNonNull(b.user, "user");
        this.requested = Objects.requireNonNull(b.requested, "requested");
        this.used = Objects.requireNonNull(b.used, "used");
        this.parameters = Objects.requireNonNull(b.parameters, "parameters");
        if ((type == RequestType.EVENT) != (requestedAction != null)) {
            throw new IllegalArgumentException("Requested-Action " + requestedAction + " does not fit " + type
                    + " (RFC 4006 §8.41: EVENT requests only)");
        }
    }

    public static Builder builder(String roSessionId, RequestType type, long ccRequestNumber, ChargedUser user) {
        return new Builder(roSessionId, type, ccRequestNumber, user);
    }

    public String roSessionId() {
        return roSessionId;
    }

    public RequestType type() {
        return type;
    }

    public long ccRequestNumber() {
        return ccRequestNumber;
    }

    /** Null unless {@link #type()} is EVENT. */
    public RequestedAction requestedAction() {
        return requestedAction;
    }

    public ChargedUser user() {
        return user;
    }

    public ServiceUnits requested() {
        return requested;
    }

    public ServiceUnits used() {
        return used;
    }

    /** Service-Identifier, Rating-Group and Service-Context-Id come from these (ChargingParameter ids). */
    public ChargingParameters parameters() {
        return parameters;
    }

    @Override
    public String toString() {
        return "CCR-" + type + "[" + roSessionId + " #" + ccRequestNumber + ", " + user
                + (requestedAction == null ? "" : ", " + requestedAction) + ", RSU=" + requested + ", USU=" + used + "]";
    }

    /** Collects the optional fields. */
    public static final class Builder {
        private final String roSessionId;
        private final RequestType type;
        private final long ccRequestNumber;
        private final ChargedUser user;
        private RequestedAction requestedAction;
        private ServiceUnits requested = ServiceUnits.NONE;
        private ServiceUnits used = ServiceUnits.NONE;
        private ChargingParameters parameters = ChargingParameters.NONE;

        private Builder(String roSessionId, RequestType type, long ccRequestNumber, ChargedUser user) {
            this.roSessionId = roSessionId;
            this.type = type;
            this.ccRequestNumber = ccRequestNumber;
            this.user = user;
        }

        public Builder requestedAction(RequestedAction action) {
            this.requestedAction = action;
            return this;
        }

        public Builder requested(ServiceUnits units) {
            this.requested = units;
            return this;
        }

        public Builder used(ServiceUnits units) {
            this.used = units;
            return this;
        }

        public Builder parameters(ChargingParameters chargingParameters) {
            this.parameters = chargingParameters;
            return this;
        }

        public RoRequest build() {
            return new RoRequest(this);
        }
    }
}
