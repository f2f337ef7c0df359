package org.sleecharging.ra.internal.slee;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.slee.resource.ConfigProperties;
import javax.slee.resource.InvalidConfigurationException;

import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.ra.engine.AmountRange;
import org.sleecharging.ra.engine.SlaConfig;
import org.sleecharging.ra.engine.ro.DirectDebitingFailureHandling;
import org.sleecharging.ra.engine.ro.FailureHandling;
import org.sleecharging.ra.internal.diameter.RoClientConfig;
import org.sleecharging.ra.internal.diameter.RoPeer;

/**
 * Parses the RA entity's configuration properties (declared with types and defaults in
 * META-INF/resource-adaptor-jar.xml) into one {@link RaConfig}. Fails fast (STYLE.md lesson 6):
 * the first bad value is refused with an {@link InvalidConfigurationException} naming the property.
 */
public final class ConfigParser {

    private ConfigParser() {
    }

    public static RaConfig parse(ConfigProperties properties) throws InvalidConfigurationException {
        return parse(new PropertyReader(properties));
    }

    static RaConfig parse(PropertyReader in) throws InvalidConfigurationException {
        RoClientConfig ro = roClient(in);
        Duration txTimer = Duration.ofMillis(in.positiveLong("txTimerMillis"));
        FailureHandling ccfh = in.enumValue("defaultCreditControlFailureHandling", FailureHandling.class);
        DirectDebitingFailureHandling ddfh = in.enumValue("directDebitingFailureHandling",
                DirectDebitingFailureHandling.class);
        // RFC 4006 §5.7: the engine fails over only where a secondary peer exists and failover is supported.
        SlaConfig.Builder failure = SlaConfig.builder().failureHandling(ccfh, ro.sessionFailoverSupported())
                .secondaryPeer(ro.secondary() != null).directDebitingFailureHandling(ddfh);
        SlaConfig sla = SlaParser.parse(in, txTimer, failure);
        return new RaConfig(ro, sla, ccfh, ddfh);
    }

    private static RoClientConfig roClient(PropertyReader in) throws InvalidConfigurationException {
        RoClientConfig.Builder b = RoClientConfig.builder()
                .originHost(in.diameterIdentity("originHost"))
                .originRealm(in.diameterIdentity("originRealm"))
                .destinationRealm(in.diameterIdentity("destinationRealm"))
                .localAddress(in.ipAddress("localAddress"))
                .localPort(in.integer("localPort", 0, 65535))
                .primary(peer(in.diameterIdentity("ocsPrimaryHost"), in.ipAddress("ocsPrimaryAddress"), in.integer("ocsPrimaryPort", 1,
                        65535), "ocsPrimaryHost"))
                .serviceContextId(in.text("serviceContextId"))
                .sessionFailoverSupported(in.bool("ccSessionFailover"));
        String secondaryHost = in.optionalText("ocsSecondaryHost");
        String secondaryAddress = in.optionalText("ocsSecondaryAddress");
        int secondaryPort = in.integer("ocsSecondaryPort", 1, 65535);
        if (!secondaryHost.isEmpty()) {
            if (secondaryHost.equals(in.diameterIdentity("ocsPrimaryHost"))) {
                throw PropertyReader.bad("ocsSecondaryHost", secondaryHost, "is the primary's host: failover needs another peer");
            }
            if (secondaryAddress.isEmpty()) {
                throw PropertyReader.bad("ocsSecondaryAddress", secondaryAddress, "must be set because ocsSecondaryHost is '"
                        + secondaryHost + "'");
            }
            in.diameterIdentity("ocsSecondaryHost");
            PropertyReader.ipAddress("ocsSecondaryAddress", secondaryAddress);
            b.secondary(peer(secondaryHost, secondaryAddress, secondaryPort, "ocsSecondaryHost"));
        } else if (!secondaryAddress.isEmpty()) {
            throw PropertyReader.bad("ocsSecondaryHost", secondaryHost, "is empty but ocsSecondaryAddress is '"
                    + secondaryAddress + "'");
        } else if (in.bool("ccSessionFailover")) {
            // RFC 4006 §5.7: failover needs an alternative peer to send to.
            throw PropertyReader.bad("ccSessionFailover", Boolean.TRUE, "needs a secondary OCS peer (ocsSecondaryHost)");
        }
        long watchdog = in.positiveLong("watchdogMillis");
        long connectTimeout = in.positiveLong("connectTimeoutMillis");
        b.watchdogMillis(watchdog).connectTimeoutMillis(connectTimeout);
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            // RoClientConfig names its setting by the property name (e.g. watchdogMillis).
            throw new InvalidConfigurationException("config property " + e.getMessage(), e);
        }
    }

    private static RoPeer peer(String host, String address, int port, String property)
            throws InvalidConfigurationException {
        try {
            return RoPeer.of(host, address, port);
        } catch (IllegalArgumentException e) {
            throw PropertyReader.bad(property, host + "@" + address + ":" + port, e.getMessage());
        }
    }

    /** The TS 29.198-12 §10 SLA properties. */
    static final class SlaParser {

        private SlaParser() {
        }

        static SlaConfig parse(PropertyReader in, Duration txTimer, SlaConfig.Builder b) throws InvalidConfigurationException {
            b.txTimeout(txTimer);
            b.lifetime(duration(in, "defaultLifetime"), duration(in, "lifetimeIncrement"), duration(in, "maxLifetime"));
            Set<Currency> currencies = currencies(in, "supportedCurrencies");
            b.supportedCurrencies(currencies.toArray(new Currency[0]));
            for (Map.Entry<Currency, AmountRange> e : ranges(in, "debitRanges", currencies).entrySet()) {
                b.debitRange(e.getKey(), e.getValue());
            }
            for (Map.Entry<Currency, AmountRange> e : ranges(in, "creditRanges", currencies).entrySet()) {
                b.creditRange(e.getKey(), e.getValue());
            }
            b.maxParallelSessions(in.integer("maxParallelSessions", 1, Integer.MAX_VALUE));
            b.maxSessionsPerHour(in.integer("maxSessionsPerHour", 1, Integer.MAX_VALUE));
            b.supportedUnits(units(in, "supportedUnits"));
            b.amountCharging(in.bool("amountCharging"));
            b.unitCharging(in.bool("unitCharging"));
            b.splitCharging(in.bool("splitCharging"), in.integer("maxSplitUsers", 2, 1000));
            String merchants = in.optionalText("acceptedMerchants");
            if (!merchants.isEmpty()) {
                String[] ids = list(merchants);
                for (String id : ids) {
                    if (id.isEmpty()) {
                        throw PropertyReader.bad("acceptedMerchants", merchants, "has an empty merchant id");
                    }
                }
                b.acceptedMerchants(ids);
            }
            b.ratingVolume(volume(in, "ratingVolume"));
            try {
                return b.build();
            } catch (IllegalArgumentException e) {
                // SlaConfig names the property in its message (its names are the RA property names).
                throw new InvalidConfigurationException("config property " + e.getMessage(), e);
            }
        }

        /** ISO-8601 durations such as {@code PT5M}. */
        private static Duration duration(PropertyReader in, String name) throws InvalidConfigurationException {
            String text = in.text(name);
            Duration value;
            try {
                value = Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw PropertyReader.bad(name, text, "is not an ISO-8601 duration such as PT5M");
            }
            if (value.isNegative() || value.isZero()) {
                throw PropertyReader.bad(name, text, "must be a positive duration");
            }
            return value;
        }

        private static Set<Currency> currencies(PropertyReader in, String name) throws InvalidConfigurationException {
            Set<Currency> result = new java.util.LinkedHashSet<Currency>();
            String text = in.optionalText(name);
            for (String code : text.isEmpty() ? new String[0] : list(text)) {
                result.add(currency(name, code));
            }
            return result;
        }

        private static Currency currency(String name, String code) throws InvalidConfigurationException {
            try {
                return Money.currency(code);
            } catch (IllegalArgumentException e) {
                throw PropertyReader.bad(name, code, "is not an ISO 4217 currency code");
            }
        }

        /** {@code EUR=0.01..500, USD=0.01..500}: inclusive amount range per currency. */
        private static Map<Currency, AmountRange> ranges(PropertyReader in, String name, Set<Currency> supported)
                throws InvalidConfigurationException {
            Map<Currency, AmountRange> result = new LinkedHashMap<Currency, AmountRange>();
            String text = in.optionalText(name);
            for (String entry : text.isEmpty() ? new String[0] : list(text)) {
                int eq = entry.indexOf('=');
                int dots = entry.indexOf("..");
                if (eq < 0 || dots < eq) {
                    throw PropertyReader.bad(name, entry, "is not of the form CUR=min..max");
                }
                Currency currency = currency(name, entry.substring(0, eq).trim());
                if (!supported.contains(currency)) {
                    throw PropertyReader.bad(name, entry, "names a currency not in supportedCurrencies " + supported);
                }
                if (result.containsKey(currency)) {
                    throw PropertyReader.bad(name, entry, "names " + currency + " twice");
                }
                try {
                    result.put(currency, AmountRange.of(Amount.parse(entry.substring(eq + 1, dots).trim()),
                            Amount.parse(entry.substring(dots + 2).trim())));
                } catch (IllegalArgumentException e) {
                    throw PropertyReader.bad(name, entry, e.getMessage());
                }
            }
            return result;
        }

        private static Set<Unit> units(PropertyReader in, String name) throws InvalidConfigurationException {
            Set<Unit> result = EnumSet.noneOf(Unit.class);
            for (String unit : list(in.text(name))) {
                try {
                    result.add(Unit.valueOf(unit));
                } catch (IllegalArgumentException e) {
                    throw PropertyReader.bad(name, unit, "is not one of " + EnumSet.allOf(Unit.class));
                }
            }
            return result;
        }

        /** {@code 1 MINUTES}: a number and a unit. */
        private static Volume volume(PropertyReader in, String name) throws InvalidConfigurationException {
            String text = in.text(name);
            String[] parts = text.split("\\s+");
            if (parts.length != 2) {
                throw PropertyReader.bad(name, text, "is not of the form '<amount> <unit>' such as '1 MINUTES'");
            }
            try {
                return Volume.of(Amount.parse(parts[0]), Unit.valueOf(parts[1]));
            } catch (IllegalArgumentException e) {
                throw PropertyReader.bad(name, text, e.getMessage());
            }
        }

        private static String[] list(String text) {
            String[] items = text.split(",");
            for (int i = 0; i < items.length; i++) {
                items[i] = items[i].trim();
            }
            return items;
        }
    }
}
