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
    private final Route route;
    private final boolean retransmission;
    private final ReportingReason reportingReason;

    private RoRequest(Builder b) {
        this.roSessionId = Objects.requireNonNull(b.roSessionId, "roSessionId");
        this.type = Objects.requireNonNull(b.type, "type");
        this.ccRequestNumber = b.ccRequestNumber;
        this.requestedAction = b.requestedAction;
        this.user = Objects.requireNonNull(b.user, "user");
        this.requested = Objects.requireNonNull(b.requested, "requested");
        this.used = Objects.requireNonNull(b.used, "used");
        this.parameters = Objects.requireNonNull(b.parameters, "parameters");
        this.route = Objects.requireNonNull(b.route, "route");
        this.retransmission = b.retransmission;
        this.reportingReason = b.reportingReason;
        if (reportingReason != null && (type == RequestType.INITIAL || type == RequestType.EVENT)) {
            throw new IllegalArgumentException("Reporting-Reason " + reportingReason + " does not fit " + type
                    + " (TS 32.299 §7.2.175: it reports usage, in CCR-UPDATE and CCR-TERMINATION)");
        }
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

    /** The OCS peer this CCR goes to; PRIMARY unless the engine failed over (RFC 4006 §5.7). */
    public Route route() {
        return route;
    }

    /** True when this CCR repeats one that got no answer: sent with the T flag (RFC 6733 §3, RFC 4006 §5.7). */
    public boolean isRetransmission() {
        return retransmission;
    }

    /** Why this CCR reports usage (TS 32.299 Reporting-Reason); null when none applies. */
    public ReportingReason reportingReason() {
        return reportingReason;
    }

    /** The same CCR (same Session-Id and CC-Request-Number) marked for retransmission to the given peer. */
    public RoRequest retransmittedTo(Route target) {
        return toBuilder().route(target).retransmission(true).build();
    }

    private Builder toBuilder() {
        Builder b = new Builder(roSessionId, type, ccRequestNumber, user);
        b.requestedAction = requestedAction;
        b.requested = requested;
        b.used = used;
        b.parameters = parameters;
        b.route = route;
        b.retransmission = retransmission;
        b.reportingReason = reportingReason;
        return b;
    }

    @Override
    public String toString() {
        return "CCR-" + type + "[" + roSessionId + " #" + ccRequestNumber + ", " + user
                + (requestedAction == null ? "" : ", " + requestedAction) + ", RSU=" + requested + ", USU=" + used
                + (reportingReason == null ? "" : ", " + reportingReason)
                + (route == Route.PRIMARY ? "" : ", " + route) + (retransmission ? ", T" : "") + "]";
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
        private Route route = Route.PRIMARY;
        private boolean retransmission;
        private ReportingReason reportingReason;

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

        public Builder route(Route target) {
            this.route = target;
            return this;
        }

        public Builder retransmission(boolean tFlag) {
            this.retransmission = tFlag;
            return this;
        }

        /** Null for none. */
        public Builder reportingReason(ReportingReason reason) {
            this.reportingReason = reason;
            return this;
        }

        public RoRequest build() {
            return new RoRequest(this);
        }
    }
}
