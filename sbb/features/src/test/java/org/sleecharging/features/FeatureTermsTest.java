package org.sleecharging.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.slee.Address;
import javax.slee.AddressPlan;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.value.ChargingParameter;
import org.sleecharging.events.value.CorrelationId;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.netsim.event.ActivityKind;
import org.sleecharging.netsim.event.NetworkActivityId;

class FeatureTermsTest {

    @Test
    void voiceReservesAMinuteInSecondsUnderRatingGroup10() {
        var terms = FeatureTerms.voice();

        assertThat(terms.getUnits()).isEqualTo(VolumeSet.of(Volume.of(60, Unit.SECONDS)));
        assertThat(terms.getParameters().get(ChargingParameter.RATING_GROUP).get().integerValue()).isEqualTo(10);
    }

    @Test
    void contentReservesItsSizeInOctetsUnderRatingGroup20() {
        var terms = FeatureTerms.content("song-42", 2_000_000);

        assertThat(terms.getUnits()).isEqualTo(VolumeSet.of(Volume.of(2_000_000, Unit.OCTETS)));
        assertThat(terms.getParameters().get(ChargingParameter.RATING_GROUP).get().integerValue()).isEqualTo(20);
        assertThat(terms.getDescription().text()).contains("song-42");
        assertThatThrownBy(() -> FeatureTerms.content("empty", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMessageIsDebitedPerSegmentUnderServiceIdentifier300() {
        var terms = FeatureTerms.message(3);

        assertThat(terms.getUnits()).isEqualTo(VolumeSet.of(Volume.of(3, Unit.NUMBER)));
        assertThat(terms.getParameters().get(ChargingParameter.SERVICE_IDENTIFIER).get().integerValue())
                .isEqualTo(300);
        assertThat(terms.getParameters().get(ChargingParameter.RATING_GROUP)).isEmpty();
        assertThatThrownBy(() -> FeatureTerms.message(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theContextChargesTheSubscriberAndCorrelatesWithTheNetworkActivity() {
        var alice = new Address(AddressPlan.E164, "491700000001");
        var call = NetworkActivityId.of(ActivityKind.CALL, 7);

        var context = FeatureTerms.context(alice, call).build();

        assertThat(context.getUser()).isEqualTo(alice);
        assertThat(context.getMerchantAccount()).isEqualTo(FeatureTerms.MERCHANT);
        assertThat(context.getCorrelationId()).isEqualTo(CorrelationId.of(7, ActivityKind.CALL.ordinal()));
        assertThat(context.getDescription()).isEqualTo("call-7");
    }
}
