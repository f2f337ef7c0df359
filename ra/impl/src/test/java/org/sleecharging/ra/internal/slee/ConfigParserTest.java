package org.sleecharging.ra.internal.slee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Currency;
import java.util.stream.Stream;

import javax.slee.resource.ConfigProperties;
import javax.slee.resource.InvalidConfigurationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.ra.engine.ro.DirectDebitingFailureHandling;
import org.sleecharging.ra.engine.ro.FailureHandling;
import org.sleecharging.ra.fake.RaDescriptor;
import org.sleecharging.ra.internal.diameter.RoPeer;

class ConfigParserTest {

    private static final RaDescriptor DESCRIPTOR = RaDescriptor.load();

    @Test
    void theDescriptorDefaultsMakeAWorkingConfiguration() throws Exception {
        RaConfig config = ConfigParser.parse(DESCRIPTOR.defaults());

        assertThat(config.ro().primary()).isEqualTo(RoPeer.of("ocs1.ocs.sleecharging.local", "127.0.0.1", 3868));
        assertThat(config.ro().secondary()).isNull();
        assertThat(config.ro().serviceContextId()).isEqualTo("32260@3gpp.org");
        assertThat(config.ro().sessionFailoverSupported()).isFalse();
        assertThat(config.txTimer()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.creditControlFailureHandling()).isEqualTo(FailureHandling.TERMINATE);
        assertThat(config.directDebitingFailureHandling()).isEqualTo(DirectDebitingFailureHandling.TERMINATE_OR_BUFFER);
        assertThat(config.sla().defaultLifetime()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.sla().maxLifetime()).isEqualTo(Duration.ofHours(1));
        assertThat(config.sla().supports(Currency.getInstance("EUR"))).isTrue();
        assertThat(config.sla().supports(Currency.getInstance("JPY"))).isFalse();
        assertThat(config.sla().debitRange(Currency.getInstance("EUR"))).isNull();
        assertThat(config.sla().ratingVolume()).isEqualTo(Volume.of(1, Unit.MINUTES));
    }

    @Test
    void explicitValuesReachTheRoAndSlaConfiguration() throws Exception {
        RaConfig config = ConfigParser.parse(DESCRIPTOR.with(
                "ocsSecondaryHost", "ocs2.example", "ocsSecondaryAddress", "10.0.0.2", "ocsSecondaryPort", 3869,
                "localAddress", "::1",
                "txTimerMillis", 2500L, "defaultCreditControlFailureHandling", "RETRY_AND_TERMINATE",
                "ccSessionFailover", true, "watchdogMillis", 6000L,
                "supportedCurrencies", "EUR, USD", "debitRanges", "EUR=0.01..500, USD=1..20", "creditRanges", "EUR=0..5",
                "supportedUnits", "SECONDS,OCTETS", "splitCharging", false, "maxSplitUsers", 4,
                "acceptedMerchants", "shop, kiosk", "ratingVolume", "30 SECONDS", "defaultLifetime", "PT30S"));

        assertThat(config.ro().secondary()).isEqualTo(RoPeer.of("ocs2.example", "10.0.0.2", 3869));
        assertThat(config.ro().localAddress()).isEqualTo("::1");
        assertThat(config.ro().sessionFailoverSupported()).isTrue();
        assertThat(config.ro().watchdogMillis()).isEqualTo(6000);
        assertThat(config.txTimer()).isEqualTo(Duration.ofMillis(2500));
        assertThat(config.sla().txTimeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(config.creditControlFailureHandling()).isEqualTo(FailureHandling.RETRY_AND_TERMINATE);
        Currency eur = Currency.getInstance("EUR");
        assertThat(config.sla().debitRange(eur).min()).isEqualTo(Amount.parse("0.01"));
        assertThat(config.sla().debitRange(eur).max()).isEqualTo(Amount.parse("500"));
        assertThat(config.sla().debitRange(Currency.getInstance("USD")).max()).isEqualTo(Amount.parse("20"));
        assertThat(config.sla().creditRange(eur).max()).isEqualTo(Amount.parse("5"));
        assertThat(config.sla().supports(Unit.SECONDS)).isTrue();
        assertThat(config.sla().supports(Unit.MINUTES)).isFalse();
        assertThat(config.sla().splitCharging()).isFalse();
        assertThat(config.sla().maxSplitUsers()).isEqualTo(4);
        assertThat(config.sla().accepts("kiosk")).isTrue();
        assertThat(config.sla().accepts("bazaar")).isFalse();
        assertThat(config.sla().ratingVolume()).isEqualTo(Volume.of(30, Unit.SECONDS));
        assertThat(config.sla().defaultLifetime()).isEqualTo(Duration.ofSeconds(30));
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                bad("originHost", "", "originHost"),
                bad("originHost", "ra host", "originHost = 'ra host'"),
                bad("destinationRealm", "aaa://ocs.example:3868", "destinationRealm = 'aaa://ocs.example:3868'"),
                bad("ocsPrimaryAddress", "ocs.example.net", "ocsPrimaryAddress = 'ocs.example.net'"),
                bad("ocsPrimaryAddress", "300.1.1.1", "ocsPrimaryAddress = '300.1.1.1'"),
                bad("localAddress", "localhost", "localAddress = 'localhost'"),
                bad("originRealm", "   ", "originRealm"),
                bad("destinationRealm", "", "destinationRealm"),
                bad("ocsPrimaryHost", "", "ocsPrimaryHost"),
                bad("ocsPrimaryAddress", "", "ocsPrimaryAddress"),
                bad("ocsPrimaryPort", 0, "ocsPrimaryPort = '0'"),
                bad("ocsPrimaryPort", 70000, "ocsPrimaryPort = '70000'"),
                bad("ocsSecondaryHost", "ocs1.ocs.sleecharging.local", "ocsSecondaryHost = 'ocs1.ocs.sleecharging.local'"),
                bad("ocsSecondaryAddress", "10.0.0.2", "ocsSecondaryHost"),
                bad("ocsSecondaryPort", 0, "ocsSecondaryPort = '0'"),
                bad("ccSessionFailover", true, "ccSessionFailover = 'true' needs a secondary OCS peer"),
                bad("localAddress", "", "localAddress"),
                bad("localPort", -1, "localPort = '-1'"),
                bad("localPort", 65536, "localPort = '65536'"),
                bad("serviceContextId", "", "serviceContextId"),
                bad("txTimerMillis", 0L, "txTimerMillis = '0'"),
                bad("txTimerMillis", -5L, "txTimerMillis = '-5'"),
                bad("defaultCreditControlFailureHandling", "ABORT", "defaultCreditControlFailureHandling = 'ABORT'"),
                bad("directDebitingFailureHandling", "TERMINATE", "directDebitingFailureHandling = 'TERMINATE'"),
                bad("watchdogMillis", 1000L, "watchdogMillis 1000"),
                bad("watchdogMillis", 0L, "watchdogMillis = '0'"),
                bad("connectTimeoutMillis", 0L, "connectTimeoutMillis = '0'"),
                bad("defaultLifetime", "5 minutes", "defaultLifetime = '5 minutes'"),
                bad("defaultLifetime", "PT0S", "defaultLifetime = 'PT0S'"),
                bad("lifetimeIncrement", "-PT1M", "lifetimeIncrement = '-PT1M'"),
                bad("maxLifetime", "PT1M", "maxLifetime PT1M"),
                bad("supportedCurrencies", "EUR,XYZ", "supportedCurrencies = 'XYZ'"),
                bad("supportedCurrencies", "EUR,,USD", "supportedCurrencies = ''"),
                bad("supportedCurrencies", "", "supportedCurrencies is empty"),
                bad("debitRanges", "EUR=5..1", "debitRanges = 'EUR=5..1'"),
                bad("debitRanges", "JPY=1..2", "debitRanges = 'JPY=1..2'"),
                bad("debitRanges", "EUR:1-2", "debitRanges = 'EUR:1-2'"),
                bad("debitRanges", "EUR=a..b", "debitRanges = 'EUR=a..b'"),
                bad("creditRanges", "EUR=1..2,EUR=1..3", "creditRanges = 'EUR=1..3'"),
                bad("maxParallelSessions", 0, "maxParallelSessions = '0'"),
                bad("maxSessionsPerHour", 0, "maxSessionsPerHour = '0'"),
                bad("supportedUnits", "MINUTES,FORTNIGHTS", "supportedUnits = 'FORTNIGHTS'"),
                bad("supportedUnits", "", "supportedUnits"),
                bad("maxSplitUsers", 1, "maxSplitUsers = '1'"),
                bad("acceptedMerchants", "shop,,kiosk", "acceptedMerchants"),
                bad("ratingVolume", "1", "ratingVolume = '1'"),
                bad("ratingVolume", "x MINUTES", "ratingVolume = 'x MINUTES'"),
                bad("ratingVolume", "1 WEEKS", "ratingVolume = '1 WEEKS'"));
    }

    private static Arguments bad(String property, Object value, String expected) {
        return Arguments.of(property, value, expected);
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @MethodSource("badValues")
    void aBadValueIsRefusedNamingThePropertyAndTheValue(String property, Object value, String expected) {
        ConfigProperties properties = DESCRIPTOR.with(property, value);

        assertThatThrownBy(() -> ConfigParser.parse(properties))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void aSecondaryPeerNeedsAnIpAddressLiteral() {
        ConfigProperties properties = DESCRIPTOR.with("ocsSecondaryHost", "ocs2.example", "ocsSecondaryAddress", "ocs2");

        assertThatThrownBy(() -> ConfigParser.parse(properties))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("ocsSecondaryAddress = 'ocs2'");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheProperty() {
        ConfigProperties properties = new ConfigProperties();
        for (ConfigProperties.Property p : DESCRIPTOR.defaults().getProperties()) {
            properties.addProperty(p.getName().equals("ocsPrimaryPort")
                    ? new ConfigProperties.Property("ocsPrimaryPort", "java.lang.String", "3868") : p);
        }

        assertThatThrownBy(() -> ConfigParser.parse(properties))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("ocsPrimaryPort = '3868'").hasMessageContaining("not a java.lang.Integer");
    }

    @Test
    void aMissingPropertyIsRefusedNamingIt() {
        ConfigProperties properties = new ConfigProperties();
        for (ConfigProperties.Property p : DESCRIPTOR.defaults().getProperties()) {
            if (!p.getName().equals("serviceContextId")) {
                properties.addProperty(p);
            }
        }

        assertThatThrownBy(() -> ConfigParser.parse(properties))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("serviceContextId").hasMessageContaining("missing");
    }

    @Test
    void theParserReadsExactlyThePropertiesTheDescriptorDeclares() throws Exception {
        PropertyReader reader = new PropertyReader(DESCRIPTOR.defaults());

        ConfigParser.parse(reader);

        assertThat(reader.namesRead()).containsExactlyInAnyOrderElementsOf(DESCRIPTOR.properties().keySet());
    }

    @Test
    void everyDescriptorDescriptionIsDocumented() {
        assertThat(DESCRIPTOR.properties().values())
                .allSatisfy(p -> assertThat(p.description()).as(p.name()).hasSizeGreaterThan(20));
    }
}
