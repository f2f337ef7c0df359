package org.sleecharging.ra.internal.diameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleecharging.ra.internal.diameter.RoTestKit.ALICE;
import static org.sleecharging.ra.internal.diameter.RoTestKit.RG_SMS;
import static org.sleecharging.ra.internal.diameter.RoTestKit.RG_VOICE;
import static org.sleecharging.ra.internal.diameter.RoTestKit.T;
import static org.sleecharging.ra.internal.diameter.RoTestKit.answer;
import static org.sleecharging.ra.internal.diameter.RoTestKit.assertReconciled;
import static org.sleecharging.ra.internal.diameter.RoTestKit.ratingGroup;

import java.math.BigDecimal;

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
import org.sleecharging.ra.engine.ro.RequestedAction;
import org.sleecharging.ra.engine.ro.ResultCode;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.RoTransport;
import org.sleecharging.ra.engine.ro.ServiceUnits;

/** Immediate event charging (TS 32.299 IEC): CCR-EVENT with DIRECT_DEBITING, REFUND_ACCOUNT and PRICE_ENQUIRY. */
@Timeout(60)
class EventChargingTest {
    private OcsSimulator ocs;
    private RoTransport client;

    @BeforeEach
    void start() {
        ocs = RoTestKit.ocs();
        client = JDiameterRoClient.start(RoTestKit.client(ocs).build(), new RecordingNetworkListener());
    }

    @AfterEach
    void stop() {
        assertReconciled(ocs);
        client.close();
        ocs.close();
    }

    private RoAnswer event(RequestedAction action, ServiceUnits units, long ratingGroup) throws Exception {
        RoRequest.Builder b = RoRequest.builder(client.newSessionId(), RequestType.EVENT, 0, ALICE).requestedAction(action)
                .requested(units);
        if (ratingGroup > 0) {
            b.parameters(ratingGroup(ratingGroup));
        }
        return answer(client.send(b.build()));
    }

    @Test
    void directDebitOfMoneyTakesExactlyTheAmount() throws Exception {
        RoAnswer a = event(RequestedAction.DIRECT_DEBITING, ServiceUnits.of(Money.of("EUR", "1.37")), 0);

        assertThat(a.resultCode()).isEqualTo(ResultCode.SUCCESS);
        CreditControlRequest onWire = ocs.takeRequest(T);
        assertThat(onWire.requestType()).isEqualTo(org.sleecharging.ocs.RequestType.EVENT);
        assertThat(onWire.requestedAction()).isEqualTo(org.sleecharging.ocs.RequestedAction.DIRECT_DEBITING);
        assertThat(onWire.msccs().get(0).requested().money().amount()).isEqualByComparingTo("1.37");
        assertThat(ocs.account("alice").balance().get("EUR")).isEqualByComparingTo("8.63");
        assertThat(ocs.ledger().ofKind(LedgerEntry.Kind.DEBIT)).singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualByComparingTo("1.37"));
        assertThat(client.openSessionCount()).isZero();
    }

    @Test
    void directDebitOfServiceSpecificUnitsIsRated() throws Exception {
        RoAnswer a = event(RequestedAction.DIRECT_DEBITING, ServiceUnits.of(VolumeSet.of(Volume.of(3, Unit.NUMBER))), RG_SMS);

        assertThat(a.resultCode()).isEqualTo(ResultCode.SUCCESS);
        assertThat(a.granted().volumes()).isEqualTo(VolumeSet.of(Volume.of(3, Unit.NUMBER)));
        assertThat(ocs.takeRequest(T).msccs().get(0).requested().get(UnitType.SERVICE_SPECIFIC_UNITS)).isEqualTo(3);
        assertThat(ocs.account("alice").balance().get("EUR")).isEqualByComparingTo("8.50");
    }

    @Test
    void refundCreditsTheAccount() throws Exception {
        RoAnswer a = event(RequestedAction.REFUND_ACCOUNT, ServiceUnits.of(Money.of("EUR", "0.75")), 0);

        assertThat(a.resultCode()).isEqualTo(ResultCode.SUCCESS);
        assertThat(ocs.takeRequest(T).requestedAction()).isEqualTo(org.sleecharging.ocs.RequestedAction.REFUND_ACCOUNT);
        assertThat(ocs.account("alice").balance().get("EUR")).isEqualByComparingTo("10.75");
        assertThat(ocs.ledger().ofKind(LedgerEntry.Kind.REFUND)).extracting(LedgerEntry::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("0.75"));
    }

    @Test
    void priceEnquiryAnswersCostInformationAndChargesNothing() throws Exception {
        RoAnswer a = event(RequestedAction.PRICE_ENQUIRY, ServiceUnits.of(VolumeSet.of(Volume.of(2, Unit.MINUTES))), RG_VOICE);

        assertThat(a.resultCode()).isEqualTo(ResultCode.SUCCESS);
        assertThat(a.cost()).isEqualTo(Money.of("EUR", "1.20"));
        assertThat(ocs.takeRequest(T).msccs().get(0).requested().get(UnitType.TIME)).isEqualTo(120);
        assertThat(ocs.account("alice").balance().get("EUR")).isEqualByComparingTo("10.00");
        assertThat(ocs.ledger().entries()).isEmpty();
        assertThat(client.openSessionCount()).isZero();
    }
}
