package org.sleecharging.ra.internal.diameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleecharging.ra.internal.diameter.RoTestKit.ALICE;
import static org.sleecharging.ra.internal.diameter.RoTestKit.BOB;
import static org.sleecharging.ra.internal.diameter.RoTestKit.ERIN;
import static org.sleecharging.ra.internal.diameter.RoTestKit.RG_DATA;
import static org.sleecharging.ra.internal.diameter.RoTestKit.RG_VOICE;
import static org.sleecharging.ra.internal.diameter.RoTestKit.T;
import static org.sleecharging.ra.internal.diameter.RoTestKit.answer;
import static org.sleecharging.ra.internal.diameter.RoTestKit.assertReconciled;
import static org.sleecharging.ra.internal.diameter.RoTestKit.ratingGroup;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.LedgerEntry;
import org.sleecharging.ocs.OcsSimulator;
import org.sleecharging.ocs.UnitType;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.ResultCode;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.RoTransport;
import org.sleecharging.ra.engine.ro.ServiceUnits;

/** Session charging with unit reservation (TS 32.299 SCUR): CCR-I, CCR-U, CCR-T against the OCS simulator. */
@Timeout(60)
class ScurTest {
    private OcsSimulator ocs;
    private RoTransport client;

    @BeforeEach
    void start() {
        ocs = RoTestKit.ocs();
        client = JDiameterRoClient.start(RoTestKit.client(ocs).build(), new RecordingNetworkListener());
    }

    @AfterEach
    void stop() {
        client.close();
        ocs.close();
    }

    @Test
    void moneyReservationIsUpdatedAndTerminatedWithExactUsage() throws Exception {
        String sid = client.newSessionId();
        RoAnswer initial = answer(client.send(RoRequest.builder(sid, RequestType.INITIAL, 0, ALICE)
                .requested(ServiceUnits.of(Money.of("EUR", "2.50"))).build()));
        assertThat(initial.resultCode()).isEqualTo(ResultCode.SUCCESS);
        assertThat(initial.granted()).isEqualTo(ServiceUnits.of(Money.of("EUR", "2.5")));
        assertThat(initial.validityTime()).isEqualTo(Duration.ofSeconds(300));
        assertThat(ocs.account("alice").held().get("EUR")).isEqualByComparingTo("2.50");

        RoAnswer update = answer(client.send(RoRequest.builder(sid, RequestType.UPDATE, 1, ALICE)
                .used(ServiceUnits.of(Money.of("EUR", "1.25"))).requested(ServiceUnits.of(Money.of("EUR", "3")))
                .build()));
        assertThat(update.resultCode()).isEqualTo(ResultCode.SUCCESS);
        assertThat(update.granted().money()).isEqualTo(Money.of("EUR", "3"));

        RoAnswer termination = answer(client.send(RoRequest.builder(sid, RequestType.TERMINATION, 2, ALICE)
                .used(ServiceUnits.of(Money.of("EUR", "0.01"))).build()));
        assertThat(termination.resultCode()).isEqualTo(ResultCode.SUCCESS);

        assertThat(ocs.account("alice").balance().get("EUR")).isEqualByComparingTo("8.74");
        assertThat(ocs.account("alice").held().get("EUR")).isEqualByComparingTo("0");
        assertThat(ocs.ledger().forSession(sid)).filteredOn(e -> e.kind() == LedgerEntry.Kind.DEBIT)
                .extracting(LedgerEntry::amount).usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("1.25"), new java.math.BigDecimal("0.01"));
        assertThat(client.openSessionCount()).isZero();
        assertReconciled(ocs);
    }

    @Test
    void timeInMinutesTravelsAsSecondsAndComesBackInMinutes() throws Exception {
        String sid = client.newSessionId();
        RoRequest initial = RoRequest.builder(sid, RequestType.INITIAL, 0, BOB)
                .requested(ServiceUnits.of(VolumeSet.of(Volume.of(2, Unit.MINUTES), Volume.of(30, Unit.SECONDS))))
                .parameters(ratingGroup(RG_VOICE)).build();
        RoAnswer granted = answer(client.send(initial));

        CreditControlRequest onWire = ocs.takeRequest(T);
        assertThat(onWire.msccs()).singleElement().satisfies(m -> {
            assertThat(m.ratingGroup()).isEqualTo(RG_VOICE);
            assertThat(m.requested().get(UnitType.TIME)).isEqualTo(150);
        });
        assertThat(onWire.serviceContextId()).isEqualTo("32260@3gpp.org");
        assertThat(granted.granted().volumes())
                .isEqualTo(VolumeSet.of(Volume.of(2, Unit.MINUTES), Volume.of(30, Unit.SECONDS)));
        assertThat(client.openSessionCount()).isEqualTo(1);

        answer(client.send(RoRequest.builder(sid, RequestType.UPDATE, 1, BOB)
                .used(ServiceUnits.of(VolumeSet.of(Volume.of(1, Unit.MINUTES), Volume.of(30, Unit.SECONDS))))
                .requested(ServiceUnits.of(VolumeSet.of(Volume.of(1, Unit.MINUTES)))).parameters(ratingGroup(RG_VOICE))
                .build()));
        assertThat(ocs.takeRequest(T).msccs().get(0).used().get(UnitType.TIME)).isEqualTo(90);
        answer(client.send(RoRequest.builder(sid, RequestType.TERMINATION, 2, BOB)
                .used(ServiceUnits.of(VolumeSet.of(Volume.of(1, Unit.MINUTES)))).parameters(ratingGroup(RG_VOICE)).build()));

        assertThat(ocs.account("bob").balance().get("TIME")).isEqualByComparingTo("450");
        assertThat(client.openSessionCount()).isZero();
        assertReconciled(ocs);
    }

    @Test
    void octetsAreReservedAndReported() throws Exception {
        String sid = client.newSessionId();
        RoAnswer granted = answer(client.send(RoRequest.builder(sid, RequestType.INITIAL, 0, ERIN)
                .requested(ServiceUnits.of(VolumeSet.of(Volume.of(500_000, Unit.OCTETS)))).parameters(ratingGroup(RG_DATA))
                .build()));
        assertThat(granted.granted().volumes()).isEqualTo(VolumeSet.of(Volume.of(500_000, Unit.OCTETS)));
        answer(client.send(RoRequest.builder(sid, RequestType.TERMINATION, 1, ERIN)
                .used(ServiceUnits.of(VolumeSet.of(Volume.of(123_456, Unit.OCTETS)))).parameters(ratingGroup(RG_DATA))
                .build()));
        assertThat(ocs.account("erin").balance().get("TOTAL_OCTETS")).isEqualByComparingTo("876544");
        assertReconciled(ocs);
    }
}
