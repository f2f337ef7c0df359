package org.sleecharging.ra.internal.diameter;

import org.sleecharging.ra.engine.ro.RoNetworkListener;
import org.sleecharging.ra.engine.ro.RoTransport;

/**
 * The Ro client over jDiameter client credit-control sessions (RFC 4006, TS 32.299). Work in
 * progress on branch ra-port: this entry point is the contract the RA codes against.
 */
public final class JDiameterRoClient {

    private JDiameterRoClient() {
    }

    /**
     * Starts the jDiameter stack, connects to the configured peers and returns the transport.
     * Throws IllegalStateException when the stack cannot start.
     */
    public static RoTransport start(RoClientConfig config, RoNetworkListener listener) {
        throw new UnsupportedOperationException("jDiameter Ro client not implemented yet (branch ra-port)");
    }
}
