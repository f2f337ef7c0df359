package org.sleecharging.features;

import javax.slee.Address;

import org.sleecharging.events.value.ApplicationDescription;
import org.sleecharging.events.value.ChargingParameter;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.CorrelationId;
import org.sleecharging.events.value.MerchantAccount;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.manager.ChargingContext;
import org.sleecharging.manager.ChargingTerms;
import org.sleecharging.netsim.event.NetworkActivityId;

/**
 * What the example features charge and how they ask for it: units per request and the Ro
 * Rating-Group / Service-Identifier (RFC 4006 §8.28, §8.29) that select a tariff at the OCS. The
 * values match the tariffs of the launcher's bundled OCS configuration (voice rating group 10 per
 * second, data rating group 20 per octet, messages service identifier 300 per segment). A real
 * feature would read them from env-entries or a profile; they are constants here to keep the
 * examples short.
 */
public final class FeatureTerms {

    /** The merchant every example charges for (TS 29.198-12 TpMerchant). */
    public static final MerchantAccount MERCHANT = MerchantAccount.of("org.sleecharging.features", 0);

    /** Rating-Group of voice calls. */
    public static final long VOICE_RATING_GROUP = 10;
    /** Seconds asked for at each credit reservation of a call (TS 32.299 §5.2.2.1 quota). */
    public static final long VOICE_QUOTA_SECONDS = 60;
    /** Rating-Group of downloaded content. */
    public static final long CONTENT_RATING_GROUP = 20;
    /** Service-Identifier of messages. */
    public static final long MESSAGE_SERVICE_IDENTIFIER = 300;

    private FeatureTerms() {
    }

    /** A call reserves {@link #VOICE_QUOTA_SECONDS} at a time, metered by the charging manager. */
    public static ChargingTerms voice() {
        return ChargingTerms.of(VolumeSet.of(Volume.of(VOICE_QUOTA_SECONDS, Unit.SECONDS)))
                .withParameters(ChargingParameters.of(
                        ChargingParameter.ofInteger(ChargingParameter.RATING_GROUP, VOICE_RATING_GROUP)))
                .withDescription(ApplicationDescription.of("voice call", "scur-call"));
    }

    /** Content is reserved in full, in octets, before it is delivered (ECUR, TS 32.299 §6.3.5). */
    public static ChargingTerms content(String contentId, long octets) {
        if (octets < 1) {
            throw new IllegalArgumentException("content " + contentId + " has " + octets + " octets");
        }
        return ChargingTerms.of(VolumeSet.of(Volume.of(octets, Unit.OCTETS)))
                .withParameters(ChargingParameters.of(
                        ChargingParameter.ofInteger(ChargingParameter.RATING_GROUP, CONTENT_RATING_GROUP)))
                .withDescription(ApplicationDescription.of("content " + contentId, "ecur-content"));
    }

    /** A message is debited per segment, in service-specific units (IEC, TS 32.299 §6.3.4). */
    public static ChargingTerms message(int segments) {
        if (segments < 1) {
            throw new IllegalArgumentException("a message has at least one segment, not " + segments);
        }
        return ChargingTerms.of(VolumeSet.of(Volume.of(segments, Unit.NUMBER)))
                .withParameters(ChargingParameters.of(ChargingParameter.ofInteger(
                        ChargingParameter.SERVICE_IDENTIFIER, MESSAGE_SERVICE_IDENTIFIER)))
                .withDescription(ApplicationDescription.of("message", "iec-message"));
    }

    /**
     * Whom to charge for one network activity: the subscriber, the example merchant, and a
     * correlation id made of the activity's sequence number and kind (so the OCS and the bill can
     * tie the charging sessions to the call, data session or message).
     */
    public static ChargingContext.Builder context(Address subscriber, NetworkActivityId activity) {
        return ChargingContext.builder(subscriber, MERCHANT)
                .correlationId(CorrelationId.of(activity.sequence(), activity.kind().ordinal()))
                .description(activity.toString());
    }
}
