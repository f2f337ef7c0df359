package org.sleecharging.ra.internal.diameter;

import java.util.Optional;

import org.jdiameter.api.AvpSet;
import org.jdiameter.api.Request;
import org.sleecharging.events.value.ChargingParameter;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.ra.engine.ro.ChargedUser;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.RoRequest;

/**
 * Writes the body of a Credit-Control-Request (RFC 4006 §3.1 as profiled by TS 32.299 §6.4.2) from
 * an {@link RoRequest}. The session has already written Session-Id, Origin-Host/-Realm,
 * Destination-Realm/-Host and Auth-Application-Id. Units travel in one
 * Multiple-Services-Credit-Control carrying Service-Identifier and Rating-Group, and the
 * Reporting-Reason when it reports usage (TS 32.299 §7.2.175: in the MSCC, only with usage).
 */
final class CcrEncoder {
    private static final long MAX_UNSIGNED32 = 0xFFFFFFFFL;

    private final String defaultServiceContextId;

    CcrEncoder(RoClientConfig config) {
        this.defaultServiceContextId = config.serviceContextId();
    }

    /** IllegalArgumentException when a value does not fit its AVP; nothing is sent then. */
    void encode(Request ccr, RoRequest r) {
        ccr.setProxiable(true);
        ccr.setReTransmitted(r.isRetransmission());
        AvpSet a = ccr.getAvps();
        a.addAvp(RoAvps.SERVICE_CONTEXT_ID, serviceContextId(r.parameters()), true, false, false);
        a.addAvp(RoAvps.CC_REQUEST_TYPE, r.type().avpValue(), true, false);
        a.addAvp(RoAvps.CC_REQUEST_NUMBER, unsigned32(r.ccRequestNumber(), "CC-Request-Number"), true, false, true);
        AvpSet subscription = a.addGroupedAvp(RoAvps.SUBSCRIPTION_ID, true, false);
        subscription.addAvp(RoAvps.SUBSCRIPTION_ID_TYPE, r.user().type().avpValue(), true, false);
        subscription.addAvp(RoAvps.SUBSCRIPTION_ID_DATA, subscriptionData(r.user()), true, false, false);
        if (r.type() == RequestType.TERMINATION) {
            a.addAvp(RoAvps.TERMINATION_CAUSE, RoAvps.DIAMETER_LOGOUT, true, false);
        }
        if (r.requestedAction() != null) {
            a.addAvp(RoAvps.REQUESTED_ACTION, r.requestedAction().avpValue(), true, false);
        }
        boolean opening = r.type() == RequestType.INITIAL || r.type() == RequestType.EVENT;
        if (opening) {
            a.addAvp(RoAvps.MULTIPLE_SERVICES_INDICATOR, RoAvps.MULTIPLE_SERVICES_SUPPORTED, true, false);
        }
        encodeMscc(a, r);
    }

    private static void encodeMscc(AvpSet a, RoRequest r) {
        Optional<ChargingParameter> service = r.parameters().get(ChargingParameter.SERVICE_IDENTIFIER);
        Optional<ChargingParameter> ratingGroup = r.parameters().get(ChargingParameter.RATING_GROUP);
        boolean requested = !r.requested().isNone() && r.type() != RequestType.TERMINATION;
        if (!requested && r.used().isNone() && !service.isPresent() && !ratingGroup.isPresent()) {
            return;
        }
        AvpSet mscc = a.addGroupedAvp(RoAvps.MULTIPLE_SERVICES_CREDIT_CONTROL, true, false);
        if (requested) {
            UnitsCodec.encode(mscc.addGroupedAvp(RoAvps.REQUESTED_SERVICE_UNIT, true, false), r.requested());
        }
        if (!r.used().isNone()) {
            UnitsCodec.encode(mscc.addGroupedAvp(RoAvps.USED_SERVICE_UNIT, true, false), r.used());
            if (r.reportingReason() != null) {
                mscc.addAvp(RoAvps.REPORTING_REASON, r.reportingReason().avpValue(), RoAvps.VENDOR_3GPP, true, false);
            }
        }
        if (service.isPresent()) {
            mscc.addAvp(RoAvps.SERVICE_IDENTIFIER, unsigned32(service.get().integerValue(), "Service-Identifier"), true, false, true);
        }
        if (ratingGroup.isPresent()) {
            mscc.addAvp(RoAvps.RATING_GROUP, unsigned32(ratingGroup.get().integerValue(), "Rating-Group"), true, false, true);
        }
    }

    private String serviceContextId(ChargingParameters parameters) {
        Optional<ChargingParameter> p = parameters.get(ChargingParameter.SERVICE_CONTEXT_ID);
        if (!p.isPresent()) {
            return defaultServiceContextId;
        }
        String value = p.get().stringValue().trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("charging parameter " + ChargingParameter.SERVICE_CONTEXT_ID
                    + " (Service-Context-Id) is empty");
        }
        return value;
    }

    /** E.164 numbers go on the wire as digits only (ITU-T E.164 international format, no '+'). */
    private static String subscriptionData(ChargedUser user) {
        String address = user.address();
        return user.type() == ChargedUser.Type.END_USER_E164 && address.startsWith("+") ? address.substring(1) : address;
    }

    private static long unsigned32(long value, String avp) {
        if (value < 0 || value > MAX_UNSIGNED32) {
            throw new IllegalArgumentException(avp + " " + value + " is not an Unsigned32");
        }
        return value;
    }
}
