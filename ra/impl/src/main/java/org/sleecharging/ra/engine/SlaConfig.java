package org.sleecharging.ra.engine;

import java.io.Serializable;
import java.time.Duration;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.ra.engine.ro.DirectDebitingFailureHandling;
import org.sleecharging.ra.engine.ro.FailureHandling;

/**
 * The service level agreement of the charging RA (TS 29.198-12 §10 SLA properties), immutable and
 * validated by its {@link Builder}: every rejected value names its property. The RA parses its
 * configuration properties into this object in {@code raVerifyConfiguration}.
 */
public final class SlaConfig implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Duration defaultLifetime;
    private final Duration lifetimeIncrement;
    private final Duration maxLifetime;
    private final Map<Currency, AmountRange> debitRanges;
    private final Map<Currency, AmountRange> creditRanges;
    private final int maxParallelSessions;
    private final int maxSessionsPerHour;
    private final Set<Currency> supportedCurrencies;
    private final Set<Unit> supportedUnits;
    private final boolean amountCharging;
    private final boolean unitCharging;
    private final boolean splitCharging;
    private final int maxSplitUsers;
    private final Set<String> acceptedMerchants;
    private final Duration txTimeout;
    private final Volume ratingVolume;
    private final FailureHandling failureHandling;
    private final boolean sessionFailover;
    private final boolean secondaryPeer;
    private final DirectDebitingFailureHandling directDebitingFailureHandling;

    private SlaConfig(Builder b) {
        this.defaultLifetime = b.defaultLifetime;
        this.lifetimeIncrement = b.lifetimeIncrement;
        this.maxLifetime = b.maxLifetime;
        this.debitRanges = Collections.unmodifiableMap(new HashMap<Currency, AmountRange>(b.debitRanges));
        this.creditRanges = Collections.unmodifiableMap(new HashMap<Currency, AmountRange>(b.creditRanges));
        this.maxParallelSessions = b.maxParallelSessions;
        this.maxSessionsPerHour = b.maxSessionsPerHour;
        this.supportedCurrencies = Collections.unmodifiableSet(new HashSet<Currency>(b.supportedCurrencies));
        this.supportedUnits = Collections.unmodifiableSet(EnumSet.copyOf(b.supportedUnits));
        this.amountCharging = b.amountCharging;
        this.unitCharging = b.unitCharging;
        this.splitCharging = b.splitCharging;
        this.maxSplitUsers = b.maxSplitUsers;
        this.acceptedMerchants = Collections.unmodifiableSet(new HashSet<String>(b.acceptedMerchants));
        this.txTimeout = b.txTimeout;
        this.ratingVolume = b.ratingVolume;
        this.failureHandling = b.failureHandling;
        this.sessionFailover = b.sessionFailover;
        this.secondaryPeer = b.secondaryPeer;
        this.directDebitingFailureHandling = b.directDebitingFailureHandling;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Duration defaultLifetime() {
        return defaultLifetime;
    }

    public Duration lifetimeIncrement() {
        return lifetimeIncrement;
    }

    public Duration maxLifetime() {
        return maxLifetime;
    }

    /** Null if the SLA sets no debit limit for the currency. */
    public AmountRange debitRange(Currency currency) {
        return debitRanges.get(currency);
    }

    /** Null if the SLA sets no credit limit for the currency. */
    public AmountRange creditRange(Currency currency) {
        return creditRanges.get(currency);
    }

    public int maxParallelSessions() {
        return maxParallelSessions;
    }

    public int maxSessionsPerHour() {
        return maxSessionsPerHour;
    }

    public boolean supports(Currency currency) {
        return supportedCurrencies.contains(currency);
    }

    public boolean supports(Unit unit) {
        return supportedUnits.contains(unit);
    }

    public boolean amountCharging() {
        return amountCharging;
    }

    public boolean unitCharging() {
        return unitCharging;
    }

    public boolean splitCharging() {
        return splitCharging;
    }

    public int maxSplitUsers() {
        return maxSplitUsers;
    }

    /** An empty set accepts every merchant. */
    public boolean accepts(String merchantId) {
        return acceptedMerchants.isEmpty() || acceptedMerchants.contains(merchantId);
    }

    /** The RA's own Tx timer (RFC 4006 §13): how long to wait for a CCA. */
    public Duration txTimeout() {
        return txTimeout;
    }

    /** The volume a rateReq asks the price of (PRICE_ENQUIRY Requested-Service-Unit). */
    public Volume ratingVolume() {
        return ratingVolume;
    }

    /** Credit-Control-Failure-Handling until a CCA of the session carries its own (RFC 4006 §8.14, §5.7). */
    public FailureHandling failureHandling() {
        return failureHandling;
    }

    /** CC-Session-Failover (true = FAILOVER_SUPPORTED) until a CCA of the session carries its own (RFC 4006 §8.4). */
    public boolean sessionFailover() {
        return sessionFailover;
    }

    /** Whether a secondary OCS peer is configured, so a failed CCR can be re-sent there (RFC 4006 §5.7). */
    public boolean secondaryPeer() {
        return secondaryPeer;
    }

    /** What a failed one-time EVENT request does (RFC 4006 §8.15). */
    public DirectDebitingFailureHandling directDebitingFailureHandling() {
        return directDebitingFailureHandling;
    }

    /** Collects and validates SLA properties; names shown in messages are the RA property names. */
    public static final class Builder {
        private Duration defaultLifetime = Duration.ofMinutes(5);
        private Duration lifetimeIncrement = Duration.ofMinutes(5);
        private Duration maxLifetime = Duration.ofHours(1);
        private final Map<Currency, AmountRange> debitRanges = new HashMap<Currency, AmountRange>();
        private final Map<Currency, AmountRange> creditRanges = new HashMap<Currency, AmountRange>();
        private int maxParallelSessions = 10_000;
        private int maxSessionsPerHour = 1_000_000;
        private final Set<Currency> supportedCurrencies = new HashSet<Currency>();
        private Set<Unit> supportedUnits = EnumSet.allOf(Unit.class);
        private boolean amountCharging = true;
        private boolean unitCharging = true;
        private boolean splitCharging = true;
        private int maxSplitUsers = 16;
        private final Set<String> acceptedMerchants = new HashSet<String>();
        private Duration txTimeout = Duration.ofSeconds(10);
        private Volume ratingVolume = Volume.of(1, Unit.MINUTES);
        private FailureHandling failureHandling = FailureHandling.TERMINATE;
        private boolean sessionFailover;
        private boolean secondaryPeer;
        private DirectDebitingFailureHandling directDebitingFailureHandling =
                DirectDebitingFailureHandling.TERMINATE_OR_BUFFER;

        private Builder() {
        }

        public Builder lifetime(Duration defaultValue, Duration increment, Duration maximum) {
            this.defaultLifetime = positive("defaultLifetime", defaultValue);
            this.lifetimeIncrement = positive("lifetimeIncrement", increment);
            this.maxLifetime = positive("maxLifetime", maximum);
            return this;
        }

        public Builder debitRange(Currency currency, AmountRange range) {
            debitRanges.put(nonNull("debitRange currency", currency), nonNull("debitRange " + currency, range));
            return this;
        }

        public Builder creditRange(Currency currency, AmountRange range) {
            creditRanges.put(nonNull("creditRange currency", currency), nonNull("creditRange " + currency, range));
            return this;
        }

        public Builder maxParallelSessions(int value) {
            this.maxParallelSessions = atLeastOne("maxParallelSessions", value);
            return this;
        }

        public Builder maxSessionsPerHour(int value) {
            this.maxSessionsPerHour = atLeastOne("maxSessionsPerHour", value);
            return this;
        }

        public Builder supportedCurrencies(Currency... currencies) {
            for (Currency currency : currencies) {
                supportedCurrencies.add(nonNull("supportedCurrencies element", currency));
            }
            return this;
        }

        public Builder supportedUnits(Set<Unit> units) {
            if (units == null || units.isEmpty()) {
                throw new IllegalArgumentException("supportedUnits must name at least one unit, got " + units);
            }
            this.supportedUnits = EnumSet.copyOf(units);
            return this;
        }

        public Builder amountCharging(boolean enabled) {
            this.amountCharging = enabled;
            return this;
        }

        public Builder unitCharging(boolean enabled) {
            this.unitCharging = enabled;
            return this;
        }

        public Builder splitCharging(boolean enabled, int maxUsers) {
            this.splitCharging = enabled;
            this.maxSplitUsers = atLeastOne("maxSplitUsers", maxUsers);
            return this;
        }

        public Builder acceptedMerchants(String... merchantIds) {
            for (String merchantId : merchantIds) {
                acceptedMerchants.add(nonNull("acceptedMerchants element", merchantId));
            }
            return this;
        }

        public Builder txTimeout(Duration timeout) {
            this.txTimeout = positive("txTimeout", timeout);
            return this;
        }

        public Builder ratingVolume(Volume volume) {
            this.ratingVolume = nonNull("ratingVolume", volume);
            return this;
        }

        /**
         * The client's defaults for Credit-Control-Failure-Handling and CC-Session-Failover, used until
         * a CCA carries the OCS's values (RFC 4006 §5.7). The RFC defaults are TERMINATE and false.
         */
        public Builder failureHandling(FailureHandling handling, boolean failoverSupported) {
            this.failureHandling = nonNull("failureHandling", handling);
            this.sessionFailover = failoverSupported;
            return this;
        }

        /** Whether a secondary OCS peer is configured (the Ro client's peer table names one). */
        public Builder secondaryPeer(boolean configured) {
            this.secondaryPeer = configured;
            return this;
        }

        public Builder directDebitingFailureHandling(DirectDebitingFailureHandling handling) {
            this.directDebitingFailureHandling = nonNull("directDebitingFailureHandling", handling);
            return this;
        }

        /** Throws IllegalArgumentException naming the first inconsistent property. */
        public SlaConfig build() {
            if (defaultLifetime.compareTo(maxLifetime) > 0) {
                throw new IllegalArgumentException("defaultLifetime " + defaultLifetime + " exceeds maxLifetime " + maxLifetime);
            }
            if (amountCharging && supportedCurrencies.isEmpty()) {
                throw new IllegalArgumentException("supportedCurrencies is empty but amountCharging is on");
            }
            for (Currency currency : debitRanges.keySet()) {
                if (!supportedCurrencies.contains(currency)) {
                    throw new IllegalArgumentException("debitRange names unsupported currency " + currency);
                }
            }
            for (Currency currency : creditRanges.keySet()) {
                if (!supportedCurrencies.contains(currency)) {
                    throw new IllegalArgumentException("creditRange names unsupported currency " + currency);
                }
            }
            if (sessionFailover && !secondaryPeer) {
                throw new IllegalArgumentException("sessionFailover is on but no secondaryPeer is configured");
            }
            return new SlaConfig(this);
        }

        private static Duration positive(String property, Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(property + " must be a positive duration, got " + value);
            }
            return value;
        }

        private static int atLeastOne(String property, int value) {
            if (value < 1) {
                throw new IllegalArgumentException(property + " must be at least 1, got " + value);
            }
            return value;
        }

        private static <T> T nonNull(String property, T value) {
            if (value == null) {
                throw new IllegalArgumentException(property + " is null");
            }
            return value;
        }
    }
}
