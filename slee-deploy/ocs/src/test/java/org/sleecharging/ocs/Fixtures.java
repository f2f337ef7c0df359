package org.sleecharging.ocs;

import java.util.List;

/** Accounts, tariffs and CCR builders shared by the tests. */
final class Fixtures {
    static final String ALICE = "491700000001";
    static final String BOB = "491700000002";
    static final String CAROL = "sip:carol@sleecharging.org";
    static final long RG_VOICE = 10;
    static final long RG_DATA = 20;
    static final long RG_SMS = 30;
    static final long RG_FREE = 99;

    /** A distinct Origin-Host per simulator: jDiameter keeps per-peer state JVM-wide. */
    private static final java.util.concurrent.atomic.AtomicInteger SIMULATORS = new java.util.concurrent.atomic.AtomicInteger();

    private Fixtures() {
    }

    /** Alice: 10 EUR; Bob: 120 s of time; Carol (SIP URI): 1 EUR. */
    static OcsConfig.Builder config() {
        return OcsConfig.builder()
                .listen("127.0.0.1", 0)
                .originHost("ocs-" + SIMULATORS.incrementAndGet() + ".sleecharging.org")
                .account(AccountConfig.builder("alice").subscriptionId(ALICE).money("EUR", "10.00").build())
                .account(AccountConfig.builder("bob").subscriptionId(BOB).units(UnitType.TIME, 120).build())
                .account(AccountConfig.builder("carol").subscriptionId(CAROL).money("EUR", "1").build())
                .tariff(Tariff.perUnit(RG_VOICE, UnitType.TIME, "EUR", "0.01"))
                .tariff(Tariff.perUnit(RG_DATA, UnitType.TOTAL_OCTETS, "EUR", "0.000001"))
                .tariff(Tariff.perUnit(RG_SMS, UnitType.SERVICE_SPECIFIC_UNITS, "EUR", "0.50"))
                .tariff(Tariff.notApplicable(RG_FREE, UnitType.TIME));
    }

    static SubscriptionId subscriber(String data) {
        return data.startsWith("sip:") ? SubscriptionId.sipUri(data) : SubscriptionId.e164(data);
    }

    static CreditControlRequest ccr(String sessionId, RequestType type, long number, String subscriber,
                                    MsccRequest... msccs) {
        return new CreditControlRequest(sessionId, type, number, List.of(subscriber(subscriber)),
                OcsConfig.RO_SERVICE_CONTEXT, null, List.of(msccs), false, "client.test");
    }

    static CreditControlRequest event(String sessionId, RequestedAction action, String subscriber, MsccRequest... msccs) {
        return new CreditControlRequest(sessionId, RequestType.EVENT, 0, List.of(subscriber(subscriber)),
                OcsConfig.RO_SERVICE_CONTEXT, action, List.of(msccs), false, "client.test");
    }

    static MsccRequest rsu(long ratingGroup, UnitType unit, long amount) {
        return new MsccRequest(ratingGroup, null, ServiceUnits.of(unit, amount), null);
    }

    static MsccRequest usu(long ratingGroup, UnitType unit, long used, Long requestMore) {
        return new MsccRequest(ratingGroup, null, requestMore == null ? null : ServiceUnits.of(unit, requestMore),
                ServiceUnits.of(unit, used));
    }
}
