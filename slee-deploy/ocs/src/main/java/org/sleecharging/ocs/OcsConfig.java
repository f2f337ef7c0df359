package org.sleecharging.ocs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the simulator needs, immutable and validated by its {@link Builder}; also loadable
 * from the YAML file documented in the module README ({@link OcsConfigLoader}).
 */
public final class OcsConfig {
    /** Diameter Credit-Control Application (RFC 4006 §1.3). */
    public static final long CREDIT_CONTROL_APPLICATION_ID = 4;
    /** 3GPP Ro Service-Context-Id (TS 32.299 §7.1.12). */
    public static final String RO_SERVICE_CONTEXT = "32260@3gpp.org";

    private final String originHost;
    private final String originRealm;
    private final String listenAddress;
    private final int port;
    private final Set<String> serviceContextIds;
    private final List<AccountConfig> accounts;
    private final List<Tariff> tariffs;
    private final Duration validityTime;
    private final Map<UnitType, Long> defaultQuota;
    private final Duration messageTimeout;
    private final int answerCacheSize;
    private final int ledgerRetention;
    private final int recordedRequests;

    private OcsConfig(Builder b) {
        this.originHost = b.originHost;
        this.originRealm = b.originRealm;
        this.listenAddress = b.listenAddress;
        this.port = b.port;
        this.serviceContextIds = Collections.unmodifiableSet(new LinkedHashSet<>(b.serviceContextIds));
        this.accounts = List.copyOf(b.accounts);
        this.tariffs = List.copyOf(b.tariffs);
        this.validityTime = b.validityTime;
        this.defaultQuota = Collections.unmodifiableMap(new EnumMap<>(b.defaultQuota));
        this.messageTimeout = b.messageTimeout;
        this.answerCacheSize = b.answerCacheSize;
        this.ledgerRetention = b.ledgerRetention;
        this.recordedRequests = b.recordedRequests;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder preset with this configuration's values. */
    public Builder toBuilder() {
        Builder b = new Builder().originHost(originHost).originRealm(originRealm).listen(listenAddress, port)
                .validityTime(validityTime).messageTimeout(messageTimeout).answerCacheSize(answerCacheSize)
                .ledgerRetention(ledgerRetention).recordedRequests(recordedRequests);
        b.serviceContextIds.clear();
        b.serviceContextIds.addAll(serviceContextIds);
        b.accounts.addAll(accounts);
        b.tariffs.addAll(tariffs);
        b.defaultQuota.putAll(defaultQuota);
        return b;
    }

    public String originHost() { return originHost; }
    public String originRealm() { return originRealm; }
    public String listenAddress() { return listenAddress; }
    /** The TCP port; 0 picks a free one at start (see {@link OcsSimulator#port()}). */
    public int port() { return port; }
    public Set<String> serviceContextIds() { return serviceContextIds; }
    public List<AccountConfig> accounts() { return accounts; }
    public List<Tariff> tariffs() { return tariffs; }
    public Duration validityTime() { return validityTime; }
    public Map<UnitType, Long> defaultQuota() { return defaultQuota; }
    public Duration messageTimeout() { return messageTimeout; }
    public int answerCacheSize() { return answerCacheSize; }
    public int ledgerRetention() { return ledgerRetention; }
    /** How many received CCRs {@link OcsSimulator#takeRequest} keeps (newest); 0 keeps none. */
    public int recordedRequests() { return recordedRequests; }

    public static final class Builder {
        private String originHost = "ocs.sleecharging.org";
        private String originRealm = "sleecharging.org";
        private String listenAddress = "127.0.0.1";
        private int port = 3868;
        private final Set<String> serviceContextIds = new LinkedHashSet<>(List.of(RO_SERVICE_CONTEXT));
        private final List<AccountConfig> accounts = new ArrayList<>();
        private final List<Tariff> tariffs = new ArrayList<>();
        private Duration validityTime = Duration.ofMinutes(5);
        private final EnumMap<UnitType, Long> defaultQuota = new EnumMap<>(Map.of(
                UnitType.TIME, 60L, UnitType.TOTAL_OCTETS, 1_000_000L, UnitType.INPUT_OCTETS, 1_000_000L,
                UnitType.OUTPUT_OCTETS, 1_000_000L, UnitType.SERVICE_SPECIFIC_UNITS, 10L));
        private Duration messageTimeout = Duration.ofSeconds(5);
        private int answerCacheSize = 200_000;
        private int ledgerRetention = Integer.MAX_VALUE;
        private int recordedRequests = 10_000;

        private Builder() {
        }

        public Builder originHost(String host) {
            this.originHost = requireText(host, "originHost");
            return this;
        }

        public Builder originRealm(String realm) {
            this.originRealm = requireText(realm, "originRealm");
            return this;
        }

        public Builder listen(String address, int port) {
            this.listenAddress = requireText(address, "listenAddress");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** Adds a Service-Context-Id the simulator serves besides 32260@3gpp.org. */
        public Builder serviceContextId(String id) {
            serviceContextIds.add(requireText(id, "serviceContextId"));
            return this;
        }

        public Builder account(AccountConfig account) {
            accounts.add(account);
            return this;
        }

        public Builder tariff(Tariff tariff) {
            tariffs.add(tariff);
            return this;
        }

        /** Validity-Time put on every grant (RFC 4006 §8.33); whole seconds, at least one. */
        public Builder validityTime(Duration validity) {
            if (validity.toSeconds() < 1) {
                throw new IllegalArgumentException("validityTime must be at least 1 s: " + validity);
            }
            this.validityTime = validity;
            return this;
        }

        /** Quota granted for an empty Requested-Service-Unit of this unit kind. */
        public Builder defaultQuota(UnitType unit, long quota) {
            if (unit.isMoney() || quota < 0) {
                throw new IllegalArgumentException("defaultQuota needs a unit kind and a non-negative quota: " + unit + " " + quota);
            }
            defaultQuota.put(unit, quota);
            return this;
        }

        /** jDiameter MessageTimeOut: how long sent answers stay in memory; keep it short under load. */
        public Builder messageTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("messageTimeout must be positive: " + timeout);
            }
            this.messageTimeout = timeout;
            return this;
        }

        public Builder answerCacheSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("answerCacheSize must be positive: " + size);
            }
            this.answerCacheSize = size;
            return this;
        }

        /** How many ledger entries to keep as values; totals and reconciliation never depend on it. */
        public Builder ledgerRetention(int entries) {
            if (entries < 0) {
                throw new IllegalArgumentException("ledgerRetention must not be negative: " + entries);
            }
            this.ledgerRetention = entries;
            return this;
        }

        /** Received CCRs kept for takeRequest (newest first evicts oldest); 0 for load runs. */
        public Builder recordedRequests(int requests) {
            if (requests < 0) {
                throw new IllegalArgumentException("recordedRequests must not be negative: " + requests);
            }
            this.recordedRequests = requests;
            return this;
        }

        public OcsConfig build() {
            return new OcsConfig(this);
        }

        private static String requireText(String value, String name) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }
    }
}
