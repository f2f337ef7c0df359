package org.sleecharging.ocs.internal.diameter;

import java.util.ArrayList;
import java.util.List;
import org.jdiameter.api.Avp;
import org.jdiameter.api.AvpDataException;
import org.jdiameter.api.AvpSet;
import org.jdiameter.api.Message;
import org.sleecharging.ocs.CreditControlAnswer;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.MsccAnswer;
import org.sleecharging.ocs.MsccRequest;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.RequestedAction;
import org.sleecharging.ocs.ServiceUnits;
import org.sleecharging.ocs.SubscriptionId;

/** CCR and CCA (RFC 4006 §3.1, §3.2) AVPs to and from the simulator's value types. */
public final class RoCodec {

    private RoCodec() {
    }

    public static CreditControlRequest decodeRequest(Message m) throws AvpDataException {
        AvpSet a = m.getAvps();
        List<SubscriptionId> subscribers = new ArrayList<>();
        for (Avp s : a.getAvps(Avps.SUBSCRIPTION_ID)) {
            AvpSet g = s.getGrouped();
            subscribers.add(new SubscriptionId(SubscriptionId.Type.ofCode(g.getAvp(Avps.SUBSCRIPTION_ID_TYPE).getInteger32()),
                    g.getAvp(Avps.SUBSCRIPTION_ID_DATA).getUTF8String()));
        }
        List<MsccRequest> msccs = new ArrayList<>();
        for (Avp mscc : a.getAvps(Avps.MULTIPLE_SERVICES_CREDIT_CONTROL)) {
            msccs.add(decodeMscc(mscc.getGrouped()));
        }
        if (msccs.isEmpty() && (a.getAvp(Avps.REQUESTED_SERVICE_UNIT) != null || a.getAvp(Avps.USED_SERVICE_UNIT) != null)) {
            msccs.add(decodeMscc(a)); // single-service form (RFC 4006 §3.1): units at command level
        }
        Avp action = a.getAvp(Avps.REQUESTED_ACTION);
        Avp context = a.getAvp(Avps.SERVICE_CONTEXT_ID);
        Avp origin = a.getAvp(Avps.ORIGIN_HOST);
        return new CreditControlRequest(a.getAvp(Avps.SESSION_ID).getUTF8String(),
                RequestType.ofCode(required(a, Avps.CC_REQUEST_TYPE).getInteger32()),
                required(a, Avps.CC_REQUEST_NUMBER).getUnsigned32(), subscribers,
                context == null ? null : context.getUTF8String(),
                action == null ? null : RequestedAction.ofCode(action.getInteger32()), msccs, m.isReTransmitted(),
                origin == null ? null : origin.getDiameterIdentity());
    }

    private static MsccRequest decodeMscc(AvpSet g) throws AvpDataException {
        Avp rg = g.getAvp(Avps.RATING_GROUP);
        Avp sid = g.getAvp(Avps.SERVICE_IDENTIFIER);
        Avp rsu = g.getAvp(Avps.REQUESTED_SERVICE_UNIT);
        Avp usu = g.getAvp(Avps.USED_SERVICE_UNIT);
        return new MsccRequest(rg == null ? null : rg.getUnsigned32(), sid == null ? null : sid.getUnsigned32(),
                rsu == null ? null : UnitsCodec.decode(rsu.getGrouped()),
                usu == null ? null : UnitsCodec.decode(usu.getGrouped()));
    }

    /** Writes the answer; CC-Request-Type and -Number always, since both state machines read them. */
    public static void encodeAnswer(AvpSet a, CreditControlAnswer answer) {
        if (a.getAvp(Avps.AUTH_APPLICATION_ID) == null) {
            a.addAvp(Avps.AUTH_APPLICATION_ID, 4L, true, false, true);
        }
        a.removeAvp(Avps.CC_REQUEST_TYPE);
        a.removeAvp(Avps.CC_REQUEST_NUMBER);
        a.addAvp(Avps.CC_REQUEST_TYPE, answer.requestType().code(), true, false);
        a.addAvp(Avps.CC_REQUEST_NUMBER, answer.requestNumber(), true, false, true);
        for (MsccAnswer m : answer.msccs()) {
            AvpSet g = a.addGroupedAvp(Avps.MULTIPLE_SERVICES_CREDIT_CONTROL, true, false);
            if (m.granted() != null) {
                UnitsCodec.encode(g.addGroupedAvp(Avps.GRANTED_SERVICE_UNIT, true, false), m.granted());
            }
            if (m.ratingGroup() != null) {
                g.addAvp(Avps.RATING_GROUP, m.ratingGroup(), true, false, true);
            }
            if (m.serviceIdentifier() != null) {
                g.addAvp(Avps.SERVICE_IDENTIFIER, m.serviceIdentifier(), true, false, true);
            }
            if (m.validityTime() != null) {
                g.addAvp(Avps.VALIDITY_TIME, m.validityTime(), true, false, true);
            }
            g.addAvp(Avps.RESULT_CODE, m.resultCode(), true, false, true);
            if (m.finalUnit()) {
                g.addGroupedAvp(Avps.FINAL_UNIT_INDICATION, true, false)
                        .addAvp(Avps.FINAL_UNIT_ACTION, Avps.FINAL_UNIT_ACTION_TERMINATE, true, false);
            }
        }
        if (answer.checkBalanceResult() != null) {
            a.addAvp(Avps.CHECK_BALANCE_RESULT, answer.checkBalanceResult().intValue(), true, false);
        }
        if (answer.costInformation() != null) {
            UnitsCodec.encodeMoney(a.addGroupedAvp(Avps.COST_INFORMATION, true, false), answer.costInformation());
        }
    }

    /** Client side: writes a CCR's body (the session supplies the header, Session-Id and routing AVPs). */
    public static void encodeRequest(AvpSet a, CreditControlRequest r) {
        if (a.getAvp(Avps.AUTH_APPLICATION_ID) == null) {
            a.addAvp(Avps.AUTH_APPLICATION_ID, 4L, true, false, true);
        }
        if (r.serviceContextId() != null) {
            a.addAvp(Avps.SERVICE_CONTEXT_ID, r.serviceContextId(), true, false, false);
        }
        a.addAvp(Avps.CC_REQUEST_TYPE, r.requestType().code(), true, false);
        a.addAvp(Avps.CC_REQUEST_NUMBER, r.requestNumber(), true, false, true);
        for (SubscriptionId s : r.subscriptionIds()) {
            AvpSet g = a.addGroupedAvp(Avps.SUBSCRIPTION_ID, true, false);
            g.addAvp(Avps.SUBSCRIPTION_ID_TYPE, s.type().code(), true, false);
            g.addAvp(Avps.SUBSCRIPTION_ID_DATA, s.data(), true, false, false);
        }
        if (r.requestedAction() != null) {
            a.addAvp(Avps.REQUESTED_ACTION, r.requestedAction().code(), true, false);
        }
        if (!r.msccs().isEmpty()) {
            a.addAvp(Avps.MULTIPLE_SERVICES_INDICATOR, 1, true, false); // MULTIPLE_SERVICES_SUPPORTED
        }
        for (MsccRequest m : r.msccs()) {
            AvpSet g = a.addGroupedAvp(Avps.MULTIPLE_SERVICES_CREDIT_CONTROL, true, false);
            if (m.requested() != null) {
                UnitsCodec.encode(g.addGroupedAvp(Avps.REQUESTED_SERVICE_UNIT, true, false), m.requested());
            }
            if (m.used() != null) {
                UnitsCodec.encode(g.addGroupedAvp(Avps.USED_SERVICE_UNIT, true, false), m.used());
            }
            if (m.serviceIdentifier() != null) {
                g.addAvp(Avps.SERVICE_IDENTIFIER, m.serviceIdentifier(), true, false, true);
            }
            if (m.ratingGroup() != null) {
                g.addAvp(Avps.RATING_GROUP, m.ratingGroup(), true, false, true);
            }
        }
    }

    /** Client side: reads a CCA into a value. */
    public static CreditControlAnswer decodeAnswer(Message m) throws AvpDataException {
        AvpSet a = m.getAvps();
        List<MsccAnswer> msccs = new ArrayList<>();
        for (Avp mscc : a.getAvps(Avps.MULTIPLE_SERVICES_CREDIT_CONTROL)) {
            AvpSet g = mscc.getGrouped();
            Avp gsu = g.getAvp(Avps.GRANTED_SERVICE_UNIT);
            Avp rg = g.getAvp(Avps.RATING_GROUP);
            Avp sid = g.getAvp(Avps.SERVICE_IDENTIFIER);
            Avp vt = g.getAvp(Avps.VALIDITY_TIME);
            Avp rc = g.getAvp(Avps.RESULT_CODE);
            ServiceUnits granted = gsu == null ? null : UnitsCodec.decode(gsu.getGrouped());
            msccs.add(new MsccAnswer(rg == null ? null : rg.getUnsigned32(), sid == null ? null : sid.getUnsigned32(),
                    rc == null ? 0 : rc.getUnsigned32(), granted, vt == null ? null : vt.getUnsigned32(),
                    g.getAvp(Avps.FINAL_UNIT_INDICATION) != null));
        }
        Avp cbr = a.getAvp(Avps.CHECK_BALANCE_RESULT);
        Avp cost = a.getAvp(Avps.COST_INFORMATION);
        Avp type = a.getAvp(Avps.CC_REQUEST_TYPE);
        Avp number = a.getAvp(Avps.CC_REQUEST_NUMBER);
        return new CreditControlAnswer(required(a, Avps.RESULT_CODE).getUnsigned32(),
                type == null ? null : RequestType.ofCode(type.getInteger32()), number == null ? -1 : number.getUnsigned32(),
                msccs, cbr == null ? null : cbr.getInteger32(), cost == null ? null : UnitsCodec.decodeMoney(cost.getGrouped()));
    }

    private static Avp required(AvpSet a, int code) throws AvpDataException {
        Avp avp = a.getAvp(code);
        if (avp == null) {
            throw new AvpDataException("Missing AVP " + code);
        }
        return avp;
    }
}
