package org.sleecharging.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;

import javax.slee.Address;
import javax.slee.AddressPlan;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.ApplicationDescription;
import org.sleecharging.events.value.ChargingParameter;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.CorrelationId;
import org.sleecharging.events.value.MerchantAccount;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;

class ValueTypesTest {
    private static final VolumeSet MINUTES_2_SECONDS_100 =
            VolumeSet.of(Volume.of(2, Unit.MINUTES), Volume.of(100, Unit.SECONDS));

    static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            @SuppressWarnings("unchecked")
            T read = (T) in.readObject();
            return read;
        }
    }

    @Test
    void sessionCountersKeepUnitsApartAndNeverGoNegative() throws Exception {
        SessionCounters c = SessionCounters.EMPTY.plusGranted(MINUTES_2_SECONDS_100)
                .plusUsed(VolumeSet.of(Volume.of(30, Unit.SECONDS)))
                .withRemaining(VolumeSet.of(Volume.of(2, Unit.MINUTES), Volume.of(70, Unit.SECONDS)))
                .plusCreditCheck().plusCreditCheck().plusSuspended(Duration.ofMillis(1500));

        assertThat(c.getGranted(Unit.MINUTES)).isEqualTo(Amount.of(2, 0));
        assertThat(c.getGranted(Unit.SECONDS)).isEqualTo(Amount.of(100, 0));
        assertThat(c.getUsed(Unit.SECONDS)).isEqualTo(Amount.of(30, 0));
        assertThat(c.getUsed(Unit.MINUTES)).isEqualTo(Amount.ZERO);
        assertThat(c.getRemaining(Unit.SECONDS)).isEqualTo(Amount.of(70, 0));
        assertThat(c.getUnits()).containsExactlyInAnyOrder(Unit.MINUTES, Unit.SECONDS);
        assertThat(c.getCreditChecks()).isEqualTo(2);
        assertThat(c.getSuspendedDuration()).isEqualTo(Duration.ofMillis(1500));
        assertThat(c.minusUsed(VolumeSet.of(Volume.of(45, Unit.SECONDS))).getUsed(Unit.SECONDS))
                .isEqualTo(Amount.ZERO);
        assertThat(c.withRemaining(null).getRemaining(Unit.SECONDS)).isEqualTo(Amount.ZERO);
        assertThat(roundTrip(c)).isEqualTo(c).hasSameHashCodeAs(c);
        assertThat(c).isNotEqualTo(c.plusCreditCheck());
        assertThat(SessionCounters.EMPTY.getUnits()).isEmpty();
        assertThatThrownBy(() -> c.plusSuspended(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chargingTermsAreImmutableValues() throws Exception {
        ChargingTerms terms = ChargingTerms.of(MINUTES_2_SECONDS_100);
        ChargingParameters rg = ChargingParameters.of(ChargingParameter.ofInteger(ChargingParameter.RATING_GROUP, 7));
        ChargingTerms rated = terms.withParameters(rg).withDescription(ApplicationDescription.of("call", "voice"));

        assertThat(terms.getParameters()).isEqualTo(ChargingParameters.NONE);
        assertThat(terms.getDescription()).isEqualTo(ApplicationDescription.NONE);
        assertThat(rated.getParameters()).isEqualTo(rg);
        assertThat(rated.getUnits()).isEqualTo(MINUTES_2_SECONDS_100);
        assertThat(roundTrip(rated)).isEqualTo(rated).hasSameHashCodeAs(rated);
        assertThat(rated).isNotEqualTo(terms);
        assertThatThrownBy(() -> ChargingTerms.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void chargingContextBuilderHasDefaultsAndRejectsBadValues() throws Exception {
        Address user = new Address(AddressPlan.E164, "4930123456");
        MerchantAccount merchant = MerchantAccount.of("shop", 1);
        ChargingContext plain = ChargingContext.builder(user, merchant).build();

        assertThat(plain.getValidityGuard()).isEqualTo(ChargingContext.DEFAULT_VALIDITY_GUARD);
        assertThat(plain.getReservationTerms()).isNull();
        assertThat(plain.getImmediateTerms()).isNull();
        assertThat(plain.getDescription()).isEmpty();

        ChargingContext full = ChargingContext.builder(user, merchant).correlationId(CorrelationId.of(42, 1))
                .description("voice call").reservationTerms(ChargingTerms.of(MINUTES_2_SECONDS_100))
                .immediateTerms(ChargingTerms.of(VolumeSet.of(Volume.of(1, Unit.NUMBER))))
                .validityGuard(Duration.ofSeconds(2)).build();
        assertThat(roundTrip(full)).isEqualTo(full).hasSameHashCodeAs(full);
        assertThat(full).isNotEqualTo(plain);
        assertThat(full.getCorrelationId()).isEqualTo(CorrelationId.of(42, 1));
        assertThatThrownBy(() -> ChargingContext.builder(user, merchant).validityGuard(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> ChargingContext.builder(null, merchant)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ChargingContext.builder(user, merchant).description(null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void reportingReasonsCarryTheTs32299Codes() {
        assertThat(ReportingReason.valueOf(0)).isEqualTo(ReportingReason.THRESHOLD);
        assertThat(ReportingReason.valueOf(2)).isEqualTo(ReportingReason.FINAL);
        assertThat(ReportingReason.valueOf(3)).isEqualTo(ReportingReason.QUOTA_EXHAUSTED);
        assertThat(ReportingReason.valueOf(4)).isEqualTo(ReportingReason.VALIDITY_TIME);
        assertThat(ReportingReason.valueOf(7)).isEqualTo(ReportingReason.FORCED_REAUTHORISATION);
        assertThat(ReportingReason.valueOf(8)).isEqualTo(ReportingReason.POOL_EXHAUSTED);
        assertThat(ReportingReason.NONE.code()).isEqualTo(-1);
        assertThatThrownBy(() -> ReportingReason.valueOf(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingReason.valueOf(9)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exceptionsCarryTheInstanceAndWhatBlockedIt() throws Exception {
        assertThat(new DuplicateNameException("a").getInstanceName()).isEqualTo("a");
        assertThat(new DuplicateNameException("a")).hasMessageContaining("'a'");
        assertThat(new UnknownChargingInstanceException("b").getInstanceName()).isEqualTo("b");
        assertThat(new ChargingInstanceAlreadyFinalisedException("c")).hasMessageContaining("finalised");
        CreditCheckAlreadyInProgressException inProgress =
                new CreditCheckAlreadyInProgressException("d", ChargingInstruction.DIRECT_DEBIT);
        assertThat(inProgress.getInstructionInProgress()).isEqualTo(ChargingInstruction.DIRECT_DEBIT);
        InstructionAlreadyPendingException pending = new InstructionAlreadyPendingException("e",
                ChargingInstruction.CREDIT_FINALISATION, ReportingReason.FINAL);
        assertThat(pending.getPendingInstruction()).isEqualTo(ChargingInstruction.CREDIT_FINALISATION);
        assertThat(pending.getPendingReportingReason()).isEqualTo(ReportingReason.FINAL);
        assertThat(roundTrip(pending).getPendingReportingReason()).isEqualTo(ReportingReason.FINAL);
        assertThatThrownBy(() -> new InstructionAlreadyPendingException("e", null, ReportingReason.FINAL))
                .isInstanceOf(NullPointerException.class);
    }
}
