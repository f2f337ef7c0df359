package org.sleecharging.ra.engine.ro;

/**
 * Which configured OCS peer a CCR goes to. RFC 4006 §5.7: a client that supports failover sends
 * to the secondary peer once the primary failed a request of a session whose CC-Session-Failover
 * is SUPPORTED.
 */
public enum Route {
    PRIMARY, SECONDARY;

    /** The other peer. */
    public Route other() {
        return this == PRIMARY ? SECONDARY : PRIMARY;
    }
}
