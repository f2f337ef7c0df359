package org.sleecharging.it.features;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sleecharging.ocs.AccountConfig;
import org.sleecharging.ocs.OcsConfig;
import org.sleecharging.ocs.OcsSimulator;
import org.sleecharging.ocs.UnitType;

/**
 * The OCS simulator the feature tests charge against, on loopback, for one test class. Register it
 * before {@code ArquillianExtension}: it starts the simulator on a free port and selects the
 * embedded SLEE of {@code features/arquillian.xml} (system properties {@code arquillian.xml} and
 * {@code arquillian.launch}, read once per JVM: Failsafe forks one JVM per class), whose charging RA
 * entity {@code ChargingRA} has this simulator as its only peer. Its afterAll runs after
 * Arquillian's undeploy, so the RA still reaches the OCS while it stops.
 *
 * <p>Every account holds unit buckets, so the ledger counts exactly what the features use: seconds
 * ({@code TIME}), octets ({@code TOTAL_OCTETS}) and message segments ({@code SERVICE_SPECIFIC_UNITS}).
 * {@link #SUBSCRIBERS} have plenty; {@link #BROKE} has no message units left; {@link #SHORT_OF_TIME}
 * has {@value #SHORT_SECONDS} seconds of talk; {@link #UNKNOWN} has no account (5030 USER_UNKNOWN).
 */
public final class FeatureOcs implements BeforeAllCallback, AfterAllCallback {

    /** The RA entity's Credit-Control-Failure-Handling (RFC 4006 §8.18) for a test class; TERMINATE if absent. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface FailureHandling {
        String value();
    }

    /**
     * The RA entity's SLA lifetimes (TS 29.198-12 §10: default lifetime of a reservation, the increment
     * of extendLifeTimeReq, the longest lifetime) in seconds for a test class; the RA's defaults (5
     * minutes, 5 minutes, 1 hour) if absent.
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Lifetime {
        long defaultSeconds();

        long incrementSeconds();

        long maxSeconds();
    }

    /** The Validity-Time (RFC 4006 §8.33) the OCS puts on every grant, in seconds, for a test class; 5 minutes if absent. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface ValidityTime {
        long seconds();
    }

    public static final String REALM = "ocs.sleecharging.local";
    public static final String HOST = "ocs1.ocs.sleecharging.local";
    /** The RA's Tx timer (RFC 4006 §13): how long it waits for an answer before failure handling. */
    public static final long TX_TIMER_MILLIS = 2000;

    public static final List<String> SUBSCRIBERS =
            IntStream.rangeClosed(1, 30).mapToObj(i -> String.format("4915100000%02d", i)).toList();
    public static final String BROKE = "491510000098";
    public static final String SHORT_OF_TIME = "491510000099";
    public static final String UNKNOWN = "491519999999";
    public static final long SECONDS = 3600;
    public static final long OCTETS = 10_000_000;
    public static final long MESSAGE_UNITS = 100;
    public static final long SHORT_SECONDS = 2;

    private static OcsSimulator ocs;

    /** The simulator of the running test class. */
    public static OcsSimulator ocs() {
        if (ocs == null) {
            throw new IllegalStateException("no OCS simulator: register FeatureOcs before ArquillianExtension");
        }
        return ocs;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ValidityTime validity = context.getRequiredTestClass().getAnnotation(ValidityTime.class);
        ocs = OcsSimulator.start(config(validity == null ? Duration.ofMinutes(5) : Duration.ofSeconds(validity.seconds())));
        FailureHandling handling = context.getRequiredTestClass().getAnnotation(FailureHandling.class);
        String mode = handling == null ? "TERMINATE" : handling.value();
        System.setProperty("it.features.ocs.port", Integer.toString(ocs.port()));
        System.setProperty("it.features.txTimerMillis", Long.toString(TX_TIMER_MILLIS));
        Lifetime lifetime = context.getRequiredTestClass().getAnnotation(Lifetime.class);
        System.setProperty("it.features.defaultLifetime", lifetime == null ? "PT5M" : "PT" + lifetime.defaultSeconds() + "S");
        System.setProperty("it.features.lifetimeIncrement",
                lifetime == null ? "PT5M" : "PT" + lifetime.incrementSeconds() + "S");
        System.setProperty("it.features.maxLifetime", lifetime == null ? "PT1H" : "PT" + lifetime.maxSeconds() + "S");
        System.setProperty("arquillian.xml", "features/arquillian.xml");
        System.setProperty("arquillian.launch", "features-" + mode.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try (OcsSimulator s = ocs) {
            ocs = null;
        }
    }

    private static OcsConfig config(Duration validityTime) {
        OcsConfig.Builder b = OcsConfig.builder().originHost(HOST).originRealm(REALM).listen("127.0.0.1", 0)
                .validityTime(validityTime);
        for (String s : SUBSCRIBERS) {
            b.account(account(s, SECONDS, MESSAGE_UNITS));
        }
        b.account(account(BROKE, SECONDS, 0));
        b.account(account(SHORT_OF_TIME, SHORT_SECONDS, MESSAGE_UNITS));
        return b.build();
    }

    private static AccountConfig account(String subscriber, long seconds, long messageUnits) {
        return AccountConfig.builder(subscriber).subscriptionId(subscriber).units(UnitType.TIME, seconds)
                .units(UnitType.TOTAL_OCTETS, OCTETS).units(UnitType.SERVICE_SPECIFIC_UNITS, messageUnits).build();
    }
}
