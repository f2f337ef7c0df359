package org.sleecharging.ra.internal.diameter;

import java.io.Serializable;

/**
 * Immutable configuration of the jDiameter Ro client, built and validated by {@link Builder}.
 * The RA builds it from its configuration properties in {@code raVerifyConfiguration}.
 */
public final class RoClientConfig implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Service-Context-Id of 3GPP online charging, TS 32.299 §7.1.12. */
    public static final String DEFAULT_SERVICE_CONTEXT_ID = "32260@3gpp.org";

    private final String originHost;
    private final String originRealm;
    private final String destinationRealm;
    private final String localAddress;
    private final int localPort;
    private final RoPeer primary;
    private final RoPeer secondary;
    private final String serviceContextId;
    private final boolean sessionFailoverSupported;
    private final long watchdogMillis;
    private final long connectTimeoutMillis;
    private final long messageTimeoutMillis;
    private final long reconnectMillis;

    private RoClientConfig(Builder b) {
        this.originHost = RoPeer.requireText(b.originHost, "originHost");
        this.originRealm = RoPeer.requireText(b.originRealm, "originRealm");
        this.destinationRealm = RoPeer.requireText(b.destinationRealm, "destinationRealm");
        this.localAddress = RoPeer.requireText(b.localAddress, "localAddress");
        if (b.localPort < 0 || b.localPort > 65535) {
            throw new IllegalArgumentException("localPort " + b.localPort + " is not in 0..65535");
        }
        this.localPort = b.localPort;
        if (b.primary == null) {
            throw new IllegalArgumentException("primary OCS peer must be set");
        }
        this.primary = b.primary;
        this.secondary = b.secondary;
        if (secondary != null && secondary.host().equals(primary.host())) {
            throw new IllegalArgumentException("secondary OCS peer " + secondary + " has the primary's host " + primary.host());
        }
        this.serviceContextId = RoPeer.requireText(b.serviceContextId, "serviceContextId");
        this.sessionFailoverSupported = b.sessionFailoverSupported;
        if (b.watchdogMillis < 6000) {
            throw new IllegalArgumentException("watchdogMillis " + b.watchdogMillis + " is below the 6 s minimum of RFC 3539 §3.4.1");
        }
        this.watchdogMillis = b.watchdogMillis;
        if (b.connectTimeoutMillis <= 0) {
            throw new IllegalArgumentException("connectTimeoutMillis must be positive, was " + b.connectTimeoutMillis);
        }
        this.connectTimeoutMillis = b.connectTimeoutMillis;
        if (b.messageTimeoutMillis <= 0) {
            throw new IllegalArgumentException("messageTimeoutMillis must be positive, was " + b.messageTimeoutMillis);
        }
        this.messageTimeoutMillis = b.messageTimeoutMillis;
        if (b.reconnectMillis <= 0) {
            throw new IllegalArgumentException("reconnectMillis must be positive, was " + b.reconnectMillis);
        }
        this.reconnectMillis = b.reconnectMillis;
        if (secondary != null && localPort == 65535) {
            throw new IllegalArgumentException("localPort 65535 leaves no port for the secondary peer's connection (localPort + 1)");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public String originHost() {
        return originHost;
    }

    public String originRealm() {
        return originRealm;
    }

    public String destinationRealm() {
        return destinationRealm;
    }

    /** Local IP address the client binds to. */
    public String localAddress() {
        return localAddress;
    }

    /**
     * Local port of the connection to the primary peer (the secondary's uses localPort + 1);
     * 0 picks free ones.
     */
    public int localPort() {
        return localPort;
    }

    public RoPeer primary() {
        return primary;
    }

    /** May be null: no failover peer. */
    public RoPeer secondary() {
        return secondary;
    }

    public String serviceContextId() {
        return serviceContextId;
    }

    /** Value of CC-Session-Failover sent in CCRs (RFC 4006 §8.4). */
    public boolean sessionFailoverSupported() {
        return sessionFailoverSupported;
    }

    /** Device-Watchdog interval Tw (RFC 3539 §3.4.1). */
    public long watchdogMillis() {
        return watchdogMillis;
    }

    /** How long {@link JDiameterRoClient#start} waits for the peers' CER/CEA; also the CEA timeout. */
    public long connectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    /**
     * jDiameter's MessageTimeOut: a CCR still unanswered after this fails with a transport exception.
     * The engine's Tx timer (RFC 4006 §13) is shorter; this only bounds how long a request is kept.
     */
    public long messageTimeoutMillis() {
        return messageTimeoutMillis;
    }

    /** Delay before reconnecting to a peer whose connection went down (RFC 3539 Tc timer). */
    public long reconnectMillis() {
        return reconnectMillis;
    }

    @Override
    public String toString() {
        return "RoClientConfig[" + originHost + "/" + originRealm + " -> " + destinationRealm + " via " + primary
                + (secondary == null ? "" : ", " + secondary) + ", " + serviceContextId + "]";
    }

    /** Collects and validates the settings. */
    public static final class Builder {
        private String originHost;
        private String originRealm;
        private String destinationRealm;
        private String localAddress = "127.0.0.1";
        private int localPort;
        private RoPeer primary;
        private RoPeer secondary;
        private String serviceContextId = DEFAULT_SERVICE_CONTEXT_ID;
        private boolean sessionFailoverSupported = true;
        private long watchdogMillis = 30_000;
        private long connectTimeoutMillis = 5_000;
        private long messageTimeoutMillis = 30_000;
        private long reconnectMillis = 5_000;

        private Builder() {
        }

        public Builder originHost(String value) {
            this.originHost = value;
            return this;
        }

        public Builder originRealm(String value) {
            this.originRealm = value;
            return this;
        }

        public Builder destinationRealm(String value) {
            this.destinationRealm = value;
            return this;
        }

        public Builder localAddress(String value) {
            this.localAddress = value;
            return this;
        }

        public Builder localPort(int value) {
            this.localPort = value;
            return this;
        }

        public Builder primary(RoPeer value) {
            this.primary = value;
            return this;
        }

        public Builder secondary(RoPeer value) {
            this.secondary = value;
            return this;
        }

        public Builder serviceContextId(String value) {
            this.serviceContextId = value;
            return this;
        }

        public Builder sessionFailoverSupported(boolean value) {
            this.sessionFailoverSupported = value;
            return this;
        }

        public Builder watchdogMillis(long value) {
            this.watchdogMillis = value;
            return this;
        }

        public Builder connectTimeoutMillis(long value) {
            this.connectTimeoutMillis = value;
            return this;
        }

        public Builder messageTimeoutMillis(long value) {
            this.messageTimeoutMillis = value;
            return this;
        }

        public Builder reconnectMillis(long value) {
            this.reconnectMillis = value;
            return this;
        }

        /** IllegalArgumentException names the first bad setting. */
        public RoClientConfig build() {
            return new RoClientConfig(this);
        }
    }
}
