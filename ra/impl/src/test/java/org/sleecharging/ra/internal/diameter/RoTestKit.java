package org.sleecharging.ra.internal.diameter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.sleecharging.events.value.ChargingParameter;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.ocs.AccountConfig;
import org.sleecharging.ocs.OcsConfig;
import org.sleecharging.ocs.OcsSimulator;
import org.sleecharging.ocs.Tariff;
import org.sleecharging.ocs.UnitType;
import org.sleecharging.ra.engine.ro.ChargedUser;
import org.sleecharging.ra.engine.ro.RoAnswer;

/** OCS simulators, client configurations and users shared by the Ro client tests (real TCP on loopback). */
final class RoTestKit {
    static final String OCS_REALM = "ocs.sleecharging.org";
    static final ChargedUser ALICE = ChargedUser.of(ChargedUser.Type.END_USER_E164, "491700000001");
    static final ChargedUser BOB = ChargedUser.of(ChargedUser.Type.END_USER_E164, "491700000002");
    static final ChargedUser CAROL = ChargedUser.of(ChargedUser.Type.END_USER_SIP_URI, "sip:carol@sleecharging.org");
    static final ChargedUser DAVE = ChargedUser.of(ChargedUser.Type.END_USER_IMSI, "262011234567890");
    static final ChargedUser ERIN = ChargedUser.of(ChargedUser.Type.END_USER_NAI, "erin@sleecharging.org");
    static final ChargedUser NOBODY = ChargedUser.of(ChargedUser.Type.END_USER_E164, "491709999999");
    static final long RG_VOICE = 10;
    static final long RG_DATA = 20;
    static final long RG_SMS = 30;
    static final long RG_FREE = 99;
    static final long RG_UNRATED = 77;
    static final Duration T = Duration.ofSeconds(5);

    /** jDiameter keeps per-peer state JVM-wide: every simulator and client gets its own identity. */
    private static final AtomicInteger IDENTITIES = new AtomicInteger();

    private RoTestKit() {
    }

    /** Alice 10 EUR, Bob 600 s of time, Carol (SIP) 1 EUR, Dave (IMSI) 5 EUR, Erin (NAI) 1,000,000 octets. */
    static OcsSimulator ocs() {
        return OcsSimulator.start(OcsConfig.builder()
                .listen("127.0.0.1", 0)
                .originHost("ocs-" + IDENTITIES.incrementAndGet() + "." + OCS_REALM)
                .originRealm(OCS_REALM)
                .messageTimeout(Duration.ofSeconds(5))
                .account(AccountConfig.builder("alice").subscriptionId(ALICE.address()).money("EUR", "10.00").build())
                .account(AccountConfig.builder("bob").subscriptionId(BOB.address()).units(UnitType.TIME, 600).build())
                .account(AccountConfig.builder("carol").subscriptionId(CAROL.address()).money("EUR", "1").build())
                .account(AccountConfig.builder("dave").subscriptionId(DAVE.address()).money("EUR", "5").build())
                .account(AccountConfig.builder("erin").subscriptionId(ERIN.address()).units(UnitType.TOTAL_OCTETS, 1_000_000).build())
                .tariff(Tariff.perUnit(RG_VOICE, UnitType.TIME, "EUR", "0.01"))
                .tariff(Tariff.perUnit(RG_DATA, UnitType.TOTAL_OCTETS, "EUR", "0.000001"))
                .tariff(Tariff.perUnit(RG_SMS, UnitType.SERVICE_SPECIFIC_UNITS, "EUR", "0.50"))
                .tariff(Tariff.notApplicable(RG_FREE, UnitType.TIME))
                .build());
    }

    static RoPeer peer(OcsSimulator ocs) {
        return RoPeer.of(ocs.config().originHost(), "127.0.0.1", ocs.port());
    }

    static RoClientConfig.Builder client(OcsSimulator primary) {
        return RoClientConfig.builder()
                .originHost("ra-" + IDENTITIES.incrementAndGet() + ".client.sleecharging.org")
                .originRealm("client.sleecharging.org")
                .destinationRealm(OCS_REALM)
                .primary(peer(primary))
                .reconnectMillis(500)
                .messageTimeoutMillis(3000);
    }

    static ChargingParameters ratingGroup(long rg) {
        return ChargingParameters.of(ChargingParameter.ofInteger(ChargingParameter.RATING_GROUP, rg));
    }

    static RoAnswer answer(CompletionStage<RoAnswer> stage) throws Exception {
        return stage.toCompletableFuture().get(T.toMillis(), TimeUnit.MILLISECONDS);
    }

    static void assertReconciled(OcsSimulator ocs) {
        assertThat(ocs.reconcile().problems()).isEmpty();
    }
}
