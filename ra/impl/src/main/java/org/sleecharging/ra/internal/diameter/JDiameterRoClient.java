package org.sleecharging.ra.internal.diameter;

import java.util.Objects;

import org.sleecharging.ra.engine.ro.RoNetworkListener;
import org.sleecharging.ra.engine.ro.RoTransport;

/**
 * The Ro client over jDiameter 1.7.1 client credit-control sessions (RFC 4006 as profiled by
 * TS 32.299): the stack is configured in code from {@link RoClientConfig}, CCRs are encoded from
 * the engine's {@code RoRequest}s and CCAs decoded into {@code RoAnswer}s at this boundary.
 */
public final class JDiameterRoClient {

    private JDiameterRoClient() {
    }

    /**
     * Starts the jDiameter stack, connects to the configured peers (waiting up to
     * {@link RoClientConfig#connectTimeoutMillis()} for their CER/CEA; peers still down keep being
     * retried and are reported through {@code listener}) and returns the transport.
     * Throws IllegalStateException when the stack cannot start.
     */
    public static RoTransport start(RoClientConfig config, RoNetworkListener listener) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(listener, "listener");
        JDiameterRoTransport transport = new JDiameterRoTransport(config, listener);
        transport.attach(ClientStack.start(config, transport));
        return transport;
    }
}
