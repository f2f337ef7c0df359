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

    /** Reads a CCR in one pass over its AVPs (the first of a repeated single AVP counts, as getAvp would). */
    public static CreditControlRequest decodeRequest(Message m) throws AvpDataException {
        String sessionId = null;
        Avp type = null;
        Avp number = null;
        Avp context = null;
        Avp action = null;
        Avp origin = null;
        Avp rsu = null;
        Avp usu = null;
        List<SubscriptionId> subscribers = new ArrayList<>(1);
        List<MsccRequest> msccs = new ArrayList<>(1);
        for (Avp avp : m.getAvps()) {
            switch (avp.getCode()) {
                case Avps.SESSION_ID -> sessionId = sessionId == null ? avp.getUTF8String() : sessionId;
                case Avps.CC_REQUEST_TYPE -> type = first(type, avp);
                case Avps.CC_REQUEST_NUMBER -> number = first(number, avp);
                case Avps.SERVICE_CONTEXT_ID -> context = first(context, avp);
                case Avps.REQUESTED_ACTION -> action = first(action, avp);
                case Avps.ORIGIN_HOST -> origin = first(origin, avp);
                case Avps.REQUESTED_SERVICE_UNIT -> rsu = first(rsu, avp);
                case Avps.USED_SERVICE_UNIT -> usu = first(usu, avp);
                case Avps.SUBSCRIPTION_ID -> subscribers.add(decodeSubscriptionId(avp.getGrouped()));
                case Avps.MULTIPLE_SERVICES_CREDIT_CONTROL -> msccs.add(decodeMscc(avp.getGrouped()));
                default -> {
                    // not read by the simulator
                }
            }
        }
        if (msccs.isEmpty() && (rsu != null || usu != null)) {
            msccs.add(decodeMscc(m.getAvps())); // single-service form (RFC 4006 §3.1): units at command level
        }
        if (sessionId == null) {
            throw new AvpDataException("Missing AVP " + Avps.SESSION_ID);
        }
        return new CreditControlRequest(sessionId, RequestType.ofCode(present(type, Avps.CC_REQUEST_TYPE).getInteger32()),
                present(number, Avps.CC_REQUEST_NUMBER).getUnsigned32(), subscribers,
                context == null ? null : context.getUTF8String(),
                action == null ? null : RequestedAction.ofCode(action.getInteger32()), msccs, m.isReTransmitted(),
                origin == null ? null : origin.getDiameterIdentity());
    }

    private static SubscriptionId decodeSubscriptionId(AvpSet g) throws AvpDataException {
        return new SubscriptionId(SubscriptionId.Type.ofCode(present(g.getAvp(Avps.SUBSCRIPTION_ID_TYPE),
                Avps.SUBSCRIPTION_ID_TYPE).getInteger32()),
                present(g.getAvp(Avps.SUBSCRIPTION_ID_DATA), Avps.SUBSCRIPTION_ID_DATA).getUTF8String());
    }

    private static MsccRequest decodeMscc(AvpSet g) throws AvpDataException {
        Avp rg = null;
        Avp sid = null;
        Avp rsu = null;
        Avp usu = null;
        for (Avp avp : g) {
            switch (avp.getCode()) {
                case Avps.RATING_GROUP -> rg = first(rg, avp);
                case Avps.SERVICE_IDENTIFIER -> sid = first(sid, avp);
                case Avps.REQUESTED_SERVICE_UNIT -> rsu = first(rsu, avp);
                case Avps.USED_SERVICE_UNIT -> usu = first(usu, avp);
                default -> {
                    // not read by the simulator
                }
            }
        }
        return new MsccRequest(rg == null ? null : rg.getUnsigned32(), sid == null ? null : sid.getUnsigned32(),
                rsu == null ? null : UnitsCodec.decode(rsu.getGrouped()),
                usu == null ? null : UnitsCodec.decode(usu.getGrouped()));
    }

    private static Avp first(Avp seen, Avp next) {
        return seen != null ? seen : next;
    }

    private static Avp present(Avp avp, int code) throws AvpDataException {
        if (avp == null) {
            throw new AvpDataException("Missing AVP " + code);
        }
        return avp;
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
