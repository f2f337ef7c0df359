package org.sleecharging.ra.engine;

import java.io.Serializable;

import org.sleecharging.ra.engine.ro.FailureHandling;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.Route;

/**
 * A session's effective Credit-Control-Failure-Handling, CC-Session-Failover and OCS peer (RFC
 * 4006 §5.7): the SLA defaults until a CCA of the session carries the OCS's values, which then hold
 * for the rest of the session; once a CCR failed over, the session stays on that peer. Immutable;
 * part of the {@link SessionSnapshot}, so a recreated session continues all three.
 */
public final class FailoverState implements Serializable {
    private static final long serialVersionUID = 1L;

    private final FailureHandling handling;
    private final boolean failoverSupported;
    private final Route route;

    private FailoverState(FailureHandling handling, boolean failoverSupported, Route route) {
        this.handling = handling;
        this.failoverSupported = failoverSupported;
        this.route = route;
    }

    static FailoverState initial(SlaConfig sla) {
        return new FailoverState(sla.failureHandling(), sla.sessionFailover(), Route.PRIMARY);
    }

    public FailureHandling handling() {
        return handling;
    }

    public boolean failoverSupported() {
        return failoverSupported;
    }

    /** The peer every new CCR of the session goes to. */
    public Route route() {
        return route;
    }

    /** RFC 4006 §5.7: values the CCA carries replace the current ones; absent ones stay. */
    FailoverState updatedBy(RoAnswer answer) {
        FailureHandling newHandling = answer.failureHandling() == null ? handling : answer.failureHandling();
        boolean newFailover = answer.sessionFailoverSupported() == null ? failoverSupported
                : answer.sessionFailoverSupported().booleanValue();
        return newHandling == handling && newFailover == failoverSupported ? this
                : new FailoverState(newHandling, newFailover, route);
    }

    FailoverState failedOverTo(Route target) {
        return target == route ? this : new FailoverState(handling, failoverSupported, target);
    }

    /**
     * Whether a failed CCR of this type may be re-sent to the other peer: a secondary peer exists,
     * the session supports failover (RFC 4006 §8.4) and, for session-based requests, the failure
     * handling is CONTINUE or RETRY_AND_TERMINATE (§8.14: TERMINATE does not move the stream).
     * EVENT requests are governed by Direct-Debiting-Failure-Handling (§8.15), not by §8.14.
     */
    boolean allowsFailover(boolean secondaryPeer, RequestType type) {
        return secondaryPeer && failoverSupported && (type == RequestType.EVENT || handling != FailureHandling.TERMINATE);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FailoverState)) {
            return false;
        }
        FailoverState f = (FailoverState) o;
        return handling == f.handling && failoverSupported == f.failoverSupported && route == f.route;
    }

    @Override
    public int hashCode() {
        return (handling.hashCode() * 31 + (failoverSupported ? 1 : 0)) * 31 + route.hashCode();
    }

    @Override
    public String toString() {
        return "[CCFH " + handling + (failoverSupported ? ", failover supported" : ", no failover") + ", " + route + "]";
    }
}
