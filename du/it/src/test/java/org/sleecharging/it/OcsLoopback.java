package org.sleecharging.it;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sleecharging.ocs.AccountConfig;
import org.sleecharging.ocs.Money;
import org.sleecharging.ocs.OcsConfig;
import org.sleecharging.ocs.OcsSimulator;
import org.sleecharging.ocs.Tariff;
import org.sleecharging.ocs.UnitType;

/**
 * Two OCS simulators on loopback, primary and secondary, for one test class. Register it before
 * {@code ArquillianExtension}: it starts the simulators on free ports and publishes them as the
 * system properties {@value #PRIMARY_PORT} and {@value #SECONDARY_PORT}, which arquillian.xml
 * reads when Arquillian starts (once per JVM: Failsafe forks one JVM per class), and selects the
 * {@code charging} container entry there (four charging RA entities). Its afterAll runs
 * after Arquillian's undeploy, so the RA entities still reach the OCS while they stop.
 *
 * <p>Both simulators hold the same accounts: {@link #SUBSCRIBERS} E.164 numbers (one per test, so
 * each test's ledger is its own), each with {@link #MONEY} EUR and {@link #SECONDS} seconds of
 * time, and {@link #POOR} with 5 EUR only. Time is priced at 0.01 EUR per second.
 */
public final class OcsLoopback implements BeforeAllCallback, AfterAllCallback {

    public static final String PRIMARY_PORT = "it.ocs.primary.port";
    public static final String SECONDARY_PORT = "it.ocs.secondary.port";
    /** The RA entities' Tx timer (arquillian.xml): long enough for a loaded build machine. */
    public static final long TX_TIMER_MILLIS = 3000;
    private static final String ARQUILLIAN_LAUNCH = "arquillian.launch";
    public static final String REALM = "ocs.sleecharging.local";
    public static final String PRIMARY_HOST = "ocs1.ocs.sleecharging.local";
    public static final String SECONDARY_HOST = "ocs2.ocs.sleecharging.local";

    public static final int SUBSCRIBER_COUNT = 20;
    public static final List<String> SUBSCRIBERS =
            IntStream.rangeClosed(1, SUBSCRIBER_COUNT).mapToObj(i -> String.format("4917000000%02d", i)).toList();
    public static final String POOR = "491700000099";
    public static final String UNKNOWN = "491799999999";
    public static final BigDecimal MONEY = new BigDecimal("100.00");
    public static final long SECONDS = 3600;
    public static final String PRICE_PER_SECOND = "0.01";

    private static OcsSimulator primary;
    private static OcsSimulator secondary;

    public static OcsSimulator primary() {
        return running(primary);
    }

    public static OcsSimulator secondary() {
        return running(secondary);
    }

    /** The account id of a subscriber (the E.164 number is the account id too). */
    public static String account(String subscriber) {
        return subscriber;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        primary = OcsSimulator.start(config(PRIMARY_HOST));
        secondary = OcsSimulator.start(config(SECONDARY_HOST));
        System.setProperty(PRIMARY_PORT, Integer.toString(primary.port()));
        System.setProperty(SECONDARY_PORT, Integer.toString(secondary.port()));
        System.setProperty("it.ra.txTimerMillis", Long.toString(TX_TIMER_MILLIS));
        System.setProperty(ARQUILLIAN_LAUNCH, "charging");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try (OcsSimulator p = primary; OcsSimulator s = secondary) {
            primary = null;
            secondary = null;
        }
    }

    private static OcsConfig config(String host) {
        OcsConfig.Builder b = OcsConfig.builder().originHost(host).originRealm(REALM).listen("127.0.0.1", 0)
                .tariff(new Tariff(null, null, UnitType.TIME, Money.of("EUR", PRICE_PER_SECOND), false));
        for (String s : SUBSCRIBERS) {
            b.account(AccountConfig.builder(account(s)).subscriptionId(s).money("EUR", MONEY.toPlainString())
                    .units(UnitType.TIME, SECONDS).build());
        }
        b.account(AccountConfig.builder(POOR).subscriptionId(POOR).money("EUR", "5.00").build());
        return b.build();
    }

    private static OcsSimulator running(OcsSimulator ocs) {
        if (ocs == null) {
            throw new IllegalStateException("no OCS simulator: register OcsLoopback before ArquillianExtension");
        }
        return ocs;
    }
}
