package org.sleecharging.ra.internal.diameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;

import org.jdiameter.api.AvpDataException;
import org.jdiameter.api.AvpSet;
import org.jdiameter.client.api.IMessage;
import org.jdiameter.client.impl.parser.MessageParser;
import org.junit.jupiter.api.Test;
import org.sleecharging.events.value.ChargingParameter;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.ra.engine.ro.ChargedUser;
import org.sleecharging.ra.engine.ro.FailureHandling;
import org.sleecharging.ra.engine.ro.FinalUnitAction;
import org.sleecharging.ra.engine.ro.ReportingReason;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.RequestedAction;
import org.sleecharging.ra.engine.ro.ResultCode;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.ServiceUnits;

/** The AVP ↔ value conversions at the Diameter boundary, on jDiameter messages without a stack. */
class CodecTest {
    private static final MessageParser PARSER = new MessageParser();
    private static final ChargedUser USER = ChargedUser.of(ChargedUser.Type.END_USER_E164, "+491700000001");
    private static final RoClientConfig CONFIG = RoClientConfig.builder().originHost("ra.test").originRealm("test")
            .destinationRealm("ocs.test").primary(RoPeer.of("ocs.test", "127.0.0.1", 3868)).build();

    private static IMessage message(boolean request) {
        IMessage m = PARSER.createEmptyMessage(RoAvps.CREDIT_CONTROL, RoAvps.CREDIT_CONTROL_APPLICATION);
        m.setRequest(request);
        return m;
    }

    private static RoRequest.Builder request(RequestType type) {
        return RoRequest.builder("s;1;2", type, 3, USER);
    }

    private static IMessage answer(RoRequest r, long resultCode) {
        IMessage a = message(false);
        a.getAvps().addAvp(RoAvps.RESULT_CODE, resultCode, true, false, true);
        a.getAvps().addAvp(RoAvps.CC_REQUEST_TYPE, r.type().avpValue(), true, false);
        a.getAvps().addAvp(RoAvps.CC_REQUEST_NUMBER, r.ccRequestNumber(), true, false, true);
        return a;
    }

    @Test
    void grantedSecondsAreSplitBackOverTheRequestedTimeUnitsNeverExceedingTheGrant() {
        assertThat(UnitsCodec.splitSeconds(BigDecimal.valueOf(150),
                Arrays.asList(Volume.of(2, Unit.MINUTES), Volume.of(30, Unit.SECONDS))))
                .containsExactly(Volume.of(2, Unit.MINUTES), Volume.of(30, Unit.SECONDS));
        assertThat(UnitsCodec.splitSeconds(BigDecimal.valueOf(100),
                Arrays.asList(Volume.of(2, Unit.MINUTES), Volume.of(30, Unit.SECONDS))))
                .containsExactly(Volume.of(1, Unit.MINUTES), Volume.of(40, Unit.SECONDS));
        assertThat(UnitsCodec.splitSeconds(BigDecimal.valueOf(200), Arrays.asList(Volume.of(2, Unit.MINUTES))))
                .as("20 s do not make a minute: not granted").containsExactly(Volume.of(3, Unit.MINUTES));
        assertThat(UnitsCodec.splitSeconds(BigDecimal.valueOf(90), Arrays.<Volume>asList()))
                .containsExactly(Volume.of(90, Unit.SECONDS));
    }

    @Test
    void timeVolumesTravelAsOneCcTimeInSeconds() throws AvpDataException {
        AvpSet group = message(true).getAvps().addGroupedAvp(RoAvps.REQUESTED_SERVICE_UNIT, true, false);
        UnitsCodec.encode(group, ServiceUnits.of(VolumeSet.of(Volume.of(1, Unit.HOURS), Volume.of(2, Unit.MINUTES),
                Volume.of(1000, Unit.OCTETS), Volume.of(3, Unit.NUMBER))));
        assertThat(group.getAvp(RoAvps.CC_TIME).getUnsigned32()).isEqualTo(3720);
        assertThat(group.getAvp(RoAvps.CC_TOTAL_OCTETS).getUnsigned64()).isEqualTo(1000);
        assertThat(group.getAvp(RoAvps.CC_SERVICE_SPECIFIC_UNITS).getUnsigned64()).isEqualTo(3);
    }

    @Test
    void fractionsThatTheWireCannotCarryAreRefusedNotRounded() {
        AvpSet group = message(true).getAvps().addGroupedAvp(RoAvps.USED_SERVICE_UNIT, true, false);
        assertThatThrownBy(() -> UnitsCodec.encode(group, ServiceUnits.of(VolumeSet.of(
                Volume.of(org.sleecharging.events.value.Amount.parse("0.5"), Unit.SECONDS)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CC-Time");
    }

    @Test
    void moneyRoundTripsExactlyWithTheNumericCurrencyCode() throws AvpDataException {
        AvpSet group = message(true).getAvps().addGroupedAvp(RoAvps.CC_MONEY, true, false);
        MoneyCodec.encode(group, Money.of("EUR", "12.345"));
        assertThat(group.getAvp(RoAvps.CURRENCY_CODE).getUnsigned32()).isEqualTo(978);
        AvpSet unitValue = group.getAvp(RoAvps.UNIT_VALUE).getGrouped();
        assertThat(unitValue.getAvp(RoAvps.VALUE_DIGITS).getInteger64()).isEqualTo(12345);
        assertThat(unitValue.getAvp(RoAvps.EXPONENT).getInteger32()).isEqualTo(-3);
        assertThat(MoneyCodec.decode(group)).isEqualTo(Money.of("EUR", "12.345"));
    }

    @Test
    void ccrCarriesTheMappedAvps() throws AvpDataException {
        IMessage ccr = message(true);
        new CcrEncoder(CONFIG).encode(ccr, request(RequestType.EVENT).requestedAction(RequestedAction.REFUND_ACCOUNT)
                .requested(ServiceUnits.of(Money.of("JPY", "500"))).parameters(ChargingParameters.of(
                        ChargingParameter.ofInteger(ChargingParameter.SERVICE_IDENTIFIER, 4),
                        ChargingParameter.ofInteger(ChargingParameter.RATING_GROUP, 7))).retransmission(true).build());
        AvpSet a = ccr.getAvps();
        assertThat(ccr.isReTransmitted()).isTrue();
        assertThat(ccr.isProxiable()).isTrue();
        assertThat(a.getAvp(RoAvps.SERVICE_CONTEXT_ID).getUTF8String()).isEqualTo("32260@3gpp.org");
        assertThat(a.getAvp(RoAvps.CC_REQUEST_TYPE).getInteger32()).isEqualTo(4);
        assertThat(a.getAvp(RoAvps.CC_REQUEST_NUMBER).getUnsigned32()).isEqualTo(3);
        assertThat(a.getAvp(RoAvps.REQUESTED_ACTION).getInteger32()).isEqualTo(1);
        // CC-Session-Failover is the OCS's to send, in CCAs only (RFC 4006 §3.2, §8.4).
        assertThat(a.getAvp(RoAvps.CC_SESSION_FAILOVER)).isNull();
        AvpSet subscription = a.getAvp(RoAvps.SUBSCRIPTION_ID).getGrouped();
        assertThat(subscription.getAvp(RoAvps.SUBSCRIPTION_ID_TYPE).getInteger32()).isZero();
        assertThat(subscription.getAvp(RoAvps.SUBSCRIPTION_ID_DATA).getUTF8String()).isEqualTo("491700000001");
        AvpSet mscc = a.getAvp(RoAvps.MULTIPLE_SERVICES_CREDIT_CONTROL).getGrouped();
        assertThat(mscc.getAvp(RoAvps.SERVICE_IDENTIFIER).getUnsigned32()).isEqualTo(4);
        assertThat(mscc.getAvp(RoAvps.RATING_GROUP).getUnsigned32()).isEqualTo(7);
        AvpSet money = mscc.getAvp(RoAvps.REQUESTED_SERVICE_UNIT).getGrouped().getAvp(RoAvps.CC_MONEY).getGrouped();
        assertThat(money.getAvp(RoAvps.CURRENCY_CODE).getUnsigned32()).isEqualTo(392);
    }

    @Test
    void terminationCarriesUsageAndCauseButNoRequestedUnits() {
        IMessage ccr = message(true);
        new CcrEncoder(CONFIG).encode(ccr, request(RequestType.TERMINATION)
                .requested(ServiceUnits.of(Money.of("EUR", "1"))).used(ServiceUnits.of(Money.of("EUR", "0.5"))).build());
        assertThat(ccr.getAvps().getAvp(RoAvps.TERMINATION_CAUSE)).isNotNull();
        assertThat(ccr.getAvps().getAvp(RoAvps.MULTIPLE_SERVICES_INDICATOR)).isNull();
        assertThat(ccr.getAvps().getAvp(RoAvps.CC_SESSION_FAILOVER)).isNull();
        assertThat(ccr.getAvps().getAvps(RoAvps.MULTIPLE_SERVICES_CREDIT_CONTROL)).hasSize(1);
    }

    @Test
    void aUsageReportCarriesItsReportingReasonAs3gppAvpInTheMscc() throws AvpDataException {
        IMessage update = message(true);
        new CcrEncoder(CONFIG).encode(update, request(RequestType.UPDATE).requested(ServiceUnits.of(Money.of("EUR", "1")))
                .used(ServiceUnits.of(Money.of("EUR", "0.5"))).reportingReason(ReportingReason.VALIDITY_TIME).build());
        IMessage noUsage = message(true);
        new CcrEncoder(CONFIG).encode(noUsage, request(RequestType.UPDATE).requested(ServiceUnits.of(Money.of("EUR", "1")))
                .reportingReason(ReportingReason.FORCED_REAUTHORISATION).build());

        org.jdiameter.api.Avp reason = update.getAvps().getAvp(RoAvps.MULTIPLE_SERVICES_CREDIT_CONTROL).getGrouped()
                .getAvp(RoAvps.REPORTING_REASON, RoAvps.VENDOR_3GPP);
        assertThat(reason.getInteger32()).isEqualTo(4);
        assertThat(reason.isVendorId()).isTrue();
        assertThat(reason.isMandatory()).isTrue();
        assertThat(update.getAvps().getAvp(RoAvps.REPORTING_REASON, RoAvps.VENDOR_3GPP)).isNull();
        // TS 32.299 §7.2.175: sent only when usage is reported.
        assertThat(noUsage.getAvps().getAvp(RoAvps.MULTIPLE_SERVICES_CREDIT_CONTROL).getGrouped()
                .getAvp(RoAvps.REPORTING_REASON, RoAvps.VENDOR_3GPP)).isNull();
        assertThatThrownBy(() -> request(RequestType.INITIAL).reportingReason(ReportingReason.FINAL).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Reporting-Reason");
    }

    @Test
    void ratingGroupOutsideUnsigned32IsRefused() {
        assertThatThrownBy(() -> new CcrEncoder(CONFIG).encode(message(true), request(RequestType.INITIAL)
                .parameters(ChargingParameters.of(ChargingParameter.ofInteger(ChargingParameter.RATING_GROUP, 1L << 32)))
                .requested(ServiceUnits.of(Money.of("EUR", "1"))).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Rating-Group");
    }

    @Test
    void msccResultCodeWinsOverASuccessfulCommandResult() throws AvpDataException {
        RoRequest r = request(RequestType.UPDATE).requested(ServiceUnits.of(Money.of("EUR", "1"))).build();
        IMessage cca = answer(r, 2001);
        AvpSet mscc = cca.getAvps().addGroupedAvp(RoAvps.MULTIPLE_SERVICES_CREDIT_CONTROL, true, false);
        mscc.addAvp(RoAvps.RESULT_CODE, 4012L, true, false, true);
        mscc.addAvp(RoAvps.VALIDITY_TIME, 60L, true, false, true);
        mscc.addGroupedAvp(RoAvps.FINAL_UNIT_INDICATION, true, false).addAvp(RoAvps.FINAL_UNIT_ACTION, 1, true, false);
        MoneyCodec.encode(mscc.addGroupedAvp(RoAvps.GRANTED_SERVICE_UNIT, true, false)
                .addGroupedAvp(RoAvps.CC_MONEY, true, false), Money.of("EUR", "0.30"));
        cca.getAvps().addAvp(RoAvps.CREDIT_CONTROL_FAILURE_HANDLING, 1, true, false);
        cca.getAvps().addAvp(RoAvps.CC_SESSION_FAILOVER, 0, true, false);

        RoAnswer a = CcaDecoder.decode(cca, r);

        assertThat(a.resultCode()).isEqualTo(ResultCode.CREDIT_LIMIT_REACHED);
        assertThat(a.granted().money()).isEqualTo(Money.of("EUR", "0.3"));
        assertThat(a.validityTime()).hasSeconds(60);
        assertThat(a.finalUnitAction()).isEqualTo(FinalUnitAction.REDIRECT);
        assertThat(a.failureHandling()).isEqualTo(FailureHandling.CONTINUE);
        assertThat(a.sessionFailoverSupported()).isFalse();
    }

    @Test
    void failedCommandResultWinsAndExperimentalResultIsRead() throws AvpDataException {
        RoRequest r = request(RequestType.INITIAL).build();
        IMessage cca = answer(r, 5030);
        cca.getAvps().addGroupedAvp(RoAvps.MULTIPLE_SERVICES_CREDIT_CONTROL, true, false)
                .addAvp(RoAvps.RESULT_CODE, 2001L, true, false, true);
        assertThat(CcaDecoder.decode(cca, r).resultCode()).isEqualTo(ResultCode.USER_UNKNOWN);

        IMessage experimental = message(false);
        AvpSet er = experimental.getAvps().addGroupedAvp(RoAvps.EXPERIMENTAL_RESULT, true, false);
        er.addAvp(266, 10415L, true, false, true);
        er.addAvp(RoAvps.EXPERIMENTAL_RESULT_CODE, 4241L, true, false, true);
        assertThat(CcaDecoder.decode(experimental, r).resultCode().code()).isEqualTo(4241);
    }

    @Test
    void answerForAnotherRequestNumberIsRefused() {
        RoRequest r = request(RequestType.UPDATE).build();
        IMessage cca = answer(RoRequest.builder("s;1;2", RequestType.UPDATE, 9, USER).build(), 2001);
        assertThatThrownBy(() -> CcaDecoder.decode(cca, r)).isInstanceOf(AvpDataException.class)
                .hasMessageContaining("CC-Request-Number 9");
    }

    @Test
    void configurationRejectsBadValuesNamingThem() {
        assertThatThrownBy(() -> RoClientConfig.builder().originHost("a").originRealm("b").destinationRealm("c")
                .primary(RoPeer.of("o", "127.0.0.1", 1)).messageTimeoutMillis(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("messageTimeoutMillis");
        assertThatThrownBy(() -> RoClientConfig.builder().originHost("a").originRealm("b").destinationRealm("c")
                .primary(RoPeer.of("o", "127.0.0.1", 1)).secondary(RoPeer.of("p", "127.0.0.1", 2)).localPort(65535).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("localPort");
    }
}
