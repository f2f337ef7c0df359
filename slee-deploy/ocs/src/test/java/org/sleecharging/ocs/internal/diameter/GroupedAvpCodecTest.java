package org.sleecharging.ocs.internal.diameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jdiameter.api.AvpDataException;
import org.jdiameter.api.AvpSet;
import org.jdiameter.client.api.IMessage;
import org.jdiameter.client.impl.parser.MessageParser;
import org.junit.jupiter.api.Test;
import org.sleecharging.ocs.CreditControlAnswer;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.Money;
import org.sleecharging.ocs.MsccAnswer;
import org.sleecharging.ocs.MsccRequest;
import org.sleecharging.ocs.OcsConfig;
import org.sleecharging.ocs.ReportingReason;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.ServiceUnits;
import org.sleecharging.ocs.SubscriptionId;
import org.sleecharging.ocs.UnitType;

/**
 * The hand-written grouped AVP bytes against jDiameter's own parser: what the codec writes reads
 * back through jDiameter's grouped AVPs, and survives the wire encoding both ways.
 */
class GroupedAvpCodecTest {
    private final MessageParser parser = new MessageParser();

    private IMessage overTheWire(IMessage m) throws Exception {
        return parser.createMessage(parser.encodeMessage(m));
    }

    @Test
    void answerMultipleServicesReadBackByJDiameterAndByTheCodec() throws Exception {
        ServiceUnits granted = new ServiceUnits(Money.of("EUR", "12.345"),
                Map.of(UnitType.TIME, 60L, UnitType.TOTAL_OCTETS, 5_000_000_000L));
        CreditControlAnswer answer = new CreditControlAnswer(2001, RequestType.UPDATE, 3,
                List.of(new MsccAnswer(7L, 99L, 2001, granted, 30L, true), new MsccAnswer(8L, null, 4012, null, null, false)),
                null, Money.of("EUR", "2.40"));
        IMessage m = parser.createEmptyMessage(272, 4);
        m.getAvps().addAvp(Avps.RESULT_CODE, 2001L, true, false, true);
        RoCodec.encodeAnswer(m.getAvps(), answer);
        IMessage received = overTheWire(m);

        AvpSet mscc = received.getAvps().getAvps(Avps.MULTIPLE_SERVICES_CREDIT_CONTROL).getAvpByIndex(0).getGrouped();
        assertThat(mscc.getAvp(Avps.RATING_GROUP).getUnsigned32()).isEqualTo(7);
        assertThat(mscc.getAvp(Avps.VALIDITY_TIME).getUnsigned32()).isEqualTo(30);
        AvpSet gsu = mscc.getAvp(Avps.GRANTED_SERVICE_UNIT).getGrouped();
        assertThat(gsu.getAvp(UnitType.TIME.avpCode()).getUnsigned32()).isEqualTo(60);
        assertThat(gsu.getAvp(UnitType.TOTAL_OCTETS.avpCode()).getUnsigned64()).isEqualTo(5_000_000_000L);
        assertThat(gsu.getAvp(Avps.CC_MONEY).getGrouped().getAvp(Avps.CURRENCY_CODE).getUnsigned32()).isEqualTo(978);
        assertThat(mscc.getAvp(Avps.FINAL_UNIT_INDICATION).getGrouped().getAvp(Avps.FINAL_UNIT_ACTION).getInteger32())
                .isZero();
        assertThat(mscc.getAvp(Avps.MULTIPLE_SERVICES_CREDIT_CONTROL)).isNull();

        assertThat(RoCodec.decodeAnswer(received)).isEqualTo(answer);
    }

    @Test
    void requestReadBackByJDiameterAndByTheCodec() throws Exception {
        CreditControlRequest request = new CreditControlRequest("ocs;1;2", RequestType.UPDATE, 1,
                List.of(SubscriptionId.e164("491701234567"), SubscriptionId.sipUri("sip:ü@example.org")),
                OcsConfig.RO_SERVICE_CONTEXT, null,
                List.of(new MsccRequest(1L, null, ServiceUnits.of(UnitType.TIME, 60), ServiceUnits.of(UnitType.TIME, 42),
                                ReportingReason.VALIDITY_TIME),
                        new MsccRequest(2L, 5L, ServiceUnits.EMPTY, ServiceUnits.of(Money.of("USD", "0.5")))),
                false, null);
        IMessage m = parser.createEmptyMessage(272, 4);
        m.getAvps().addAvp(Avps.SESSION_ID, request.sessionId(), false);
        RoCodec.encodeRequest(m.getAvps(), request);
        IMessage received = overTheWire(m);

        AvpSet sub = received.getAvps().getAvps(Avps.SUBSCRIPTION_ID).getAvpByIndex(1).getGrouped();
        assertThat(sub.getAvp(Avps.SUBSCRIPTION_ID_DATA).getUTF8String()).isEqualTo("sip:ü@example.org");
        AvpSet mscc = received.getAvps().getAvps(Avps.MULTIPLE_SERVICES_CREDIT_CONTROL).getAvpByIndex(0).getGrouped();
        assertThat(mscc.getAvp(Avps.USED_SERVICE_UNIT).getGrouped().getAvp(UnitType.TIME.avpCode()).getUnsigned32())
                .isEqualTo(42);
        org.jdiameter.api.Avp reason = mscc.getAvp(Avps.REPORTING_REASON_3GPP, 10415L);
        assertThat(reason.getInteger32()).isEqualTo(4);
        assertThat(reason.isVendorId()).isTrue();
        assertThat(reason.isMandatory()).isTrue();

        assertThat(RoCodec.decodeRequest(received)).isEqualTo(request);
    }

    @Test
    void aReportingReasonTs32299DoesNotDefineIsADataError() throws Exception {
        IMessage m = parser.createEmptyMessage(272, 4);
        m.getAvps().addAvp(Avps.SESSION_ID, "ocs;1;4", false);
        m.getAvps().addAvp(Avps.CC_REQUEST_TYPE, RequestType.UPDATE.code(), true, false);
        m.getAvps().addAvp(Avps.CC_REQUEST_NUMBER, 1L, true, false, true);
        m.getAvps().addGroupedAvp(Avps.MULTIPLE_SERVICES_CREDIT_CONTROL, true, false)
                .addAvp(Avps.REPORTING_REASON_3GPP, 42, 10415L, true, false);
        assertThatThrownBy(() -> RoCodec.decodeRequest(overTheWire(m))).isInstanceOf(AvpDataException.class)
                .hasMessageContaining("Reporting-Reason 42");
    }

    @Test
    void aTruncatedGroupIsADataError() throws Exception {
        IMessage m = parser.createEmptyMessage(272, 4);
        m.getAvps().addAvp(Avps.SESSION_ID, "ocs;1;3", false);
        m.getAvps().addAvp(Avps.CC_REQUEST_TYPE, RequestType.INITIAL.code(), true, false);
        m.getAvps().addAvp(Avps.CC_REQUEST_NUMBER, 0L, true, false, true);
        // A Subscription-Id whose only member claims 16 bytes but carries 4.
        m.getAvps().addAvp(Avps.SUBSCRIPTION_ID, new byte[] {0, 0, 1, (byte) 0xC2, 0x40, 0, 0, 16, 0, 0, 0, 0}, true, false);
        assertThatThrownBy(() -> RoCodec.decodeRequest(overTheWire(m))).isInstanceOf(AvpDataException.class);
    }
}
