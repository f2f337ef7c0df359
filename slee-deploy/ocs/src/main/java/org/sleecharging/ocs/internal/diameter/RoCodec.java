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
import org.sleecharging.ocs.ReportingReason;
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
        Avp ratingGroup = null;
        Avp serviceId = null;
        Repeated<SubscriptionId> subscribers = new Repeated<>();
        Repeated<MsccRequest> msccs = new Repeated<>();
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
                case Avps.RATING_GROUP -> ratingGroup = first(ratingGroup, avp);
                case Avps.SERVICE_IDENTIFIER -> serviceId = first(serviceId, avp);
                case Avps.SUBSCRIPTION_ID -> subscribers.add(decodeSubscriptionId(GroupedReader.of(avp)));
                case Avps.MULTIPLE_SERVICES_CREDIT_CONTROL -> msccs.add(decodeMscc(GroupedReader.of(avp)));
                default -> {
                    // not read by the simulator
                }
            }
        }
        if (msccs.size() == 0 && (rsu != null || usu != null)) {
            // single-service form (RFC 4006 §3.1): units at command level
            msccs.add(new MsccRequest(ratingGroup == null ? null : ratingGroup.getUnsigned32(),
                    serviceId == null ? null : serviceId.getUnsigned32(),
                    rsu == null ? null : UnitsCodec.decode(GroupedReader.of(rsu)),
                    usu == null ? null : UnitsCodec.decode(GroupedReader.of(usu))));
        }
        if (sessionId == null) {
            throw new AvpDataException("Missing AVP " + Avps.SESSION_ID);
        }
        return new CreditControlRequest(sessionId, RequestType.ofCode(present(type, Avps.CC_REQUEST_TYPE).getInteger32()),
                present(number, Avps.CC_REQUEST_NUMBER).getUnsigned32(), subscribers.toList(),
                context == null ? null : context.getUTF8String(),
                action == null ? null : RequestedAction.ofCode(action.getInteger32()), msccs.toList(), m.isReTransmitted(),
                origin == null ? null : origin.getDiameterIdentity());
    }

    private static SubscriptionId decodeSubscriptionId(GroupedReader g) throws AvpDataException {
        Integer type = null;
        String data = null;
        while (g.next()) {
            if (g.code() == Avps.SUBSCRIPTION_ID_TYPE && type == null) {
                type = g.integer32();
            } else if (g.code() == Avps.SUBSCRIPTION_ID_DATA && data == null) {
                data = g.utf8();
            }
        }
        if (type == null) {
            throw new AvpDataException("Missing AVP " + Avps.SUBSCRIPTION_ID_TYPE);
        }
        if (data == null) {
            throw new AvpDataException("Missing AVP " + Avps.SUBSCRIPTION_ID_DATA);
        }
        return new SubscriptionId(SubscriptionId.Type.ofCode(type), data);
    }

    private static MsccRequest decodeMscc(GroupedReader g) throws AvpDataException {
        Long rg = null;
        Long sid = null;
        ServiceUnits rsu = null;
        ServiceUnits usu = null;
        ReportingReason reason = null;
        while (g.next()) {
            switch (g.code()) {
                case Avps.RATING_GROUP -> rg = rg == null ? Long.valueOf(g.unsigned32()) : rg;
                case Avps.SERVICE_IDENTIFIER -> sid = sid == null ? Long.valueOf(g.unsigned32()) : sid;
                case Avps.REQUESTED_SERVICE_UNIT -> rsu = rsu == null ? UnitsCodec.decode(g.group()) : rsu;
                case Avps.USED_SERVICE_UNIT -> usu = usu == null ? UnitsCodec.decode(g.group()) : usu;
                default -> {
                    if (g.code3gpp() == Avps.REPORTING_REASON_3GPP && reason == null) {
                        reason = reportingReason(g.integer32());
                    }
                }
            }
        }
        return new MsccRequest(rg, sid, rsu, usu, reason);
    }

    private static ReportingReason reportingReason(int code) throws AvpDataException {
        try {
            return ReportingReason.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw new AvpDataException(e.getMessage());
        }
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
        // removeAvp builds a set of what it removed even when nothing is there: ask first
        if (a.getAvp(Avps.CC_REQUEST_TYPE) != null) {
            a.removeAvp(Avps.CC_REQUEST_TYPE);
        }
        if (a.getAvp(Avps.CC_REQUEST_NUMBER) != null) {
            a.removeAvp(Avps.CC_REQUEST_NUMBER);
        }
        a.addAvp(Avps.CC_REQUEST_TYPE, answer.requestType().code(), true, false);
        a.addAvp(Avps.CC_REQUEST_NUMBER, answer.requestNumber(), true, false, true);
        for (MsccAnswer m : answer.msccs()) {
            GroupedWriter g = new GroupedWriter(128);
            if (m.granted() != null) {
                int gsu = g.open(Avps.GRANTED_SERVICE_UNIT);
                UnitsCodec.encodeInto(g, m.granted());
                g.close(gsu);
            }
            if (m.ratingGroup() != null) {
                g.unsigned32(Avps.RATING_GROUP, m.ratingGroup());
            }
            if (m.serviceIdentifier() != null) {
                g.unsigned32(Avps.SERVICE_IDENTIFIER, m.serviceIdentifier());
            }
            if (m.validityTime() != null) {
                g.unsigned32(Avps.VALIDITY_TIME, m.validityTime());
            }
            g.unsigned32(Avps.RESULT_CODE, m.resultCode());
            if (m.finalUnit()) {
                int fui = g.open(Avps.FINAL_UNIT_INDICATION);
                g.integer32(Avps.FINAL_UNIT_ACTION, Avps.FINAL_UNIT_ACTION_TERMINATE);
                g.close(fui);
            }
            g.addTo(a, Avps.MULTIPLE_SERVICES_CREDIT_CONTROL);
        }
        if (answer.checkBalanceResult() != null) {
            a.addAvp(Avps.CHECK_BALANCE_RESULT, answer.checkBalanceResult().intValue(), true, false);
        }
        if (answer.costInformation() != null) {
            UnitsCodec.encodeMoney(answer.costInformation()).addTo(a, Avps.COST_INFORMATION);
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
            new GroupedWriter().integer32(Avps.SUBSCRIPTION_ID_TYPE, s.type().code())
                    .utf8(Avps.SUBSCRIPTION_ID_DATA, s.data())
                    .addTo(a, Avps.SUBSCRIPTION_ID);
        }
        if (r.requestedAction() != null) {
            a.addAvp(Avps.REQUESTED_ACTION, r.requestedAction().code(), true, false);
        }
        if (!r.msccs().isEmpty()) {
            a.addAvp(Avps.MULTIPLE_SERVICES_INDICATOR, 1, true, false); // MULTIPLE_SERVICES_SUPPORTED
        }
        for (MsccRequest m : r.msccs()) {
            GroupedWriter g = new GroupedWriter();
            if (m.requested() != null) {
                g.group(Avps.REQUESTED_SERVICE_UNIT, UnitsCodec.encode(m.requested()));
            }
            if (m.used() != null) {
                g.group(Avps.USED_SERVICE_UNIT, UnitsCodec.encode(m.used()));
            }
            if (m.reportingReason() != null) {
                g.integer32Of3gpp(Avps.REPORTING_REASON_3GPP, m.reportingReason().code());
            }
            if (m.serviceIdentifier() != null) {
                g.unsigned32(Avps.SERVICE_IDENTIFIER, m.serviceIdentifier());
            }
            if (m.ratingGroup() != null) {
                g.unsigned32(Avps.RATING_GROUP, m.ratingGroup());
            }
            g.addTo(a, Avps.MULTIPLE_SERVICES_CREDIT_CONTROL);
        }
    }

    /** Client side: reads a CCA into a value. */
    public static CreditControlAnswer decodeAnswer(Message m) throws AvpDataException {
        AvpSet a = m.getAvps();
        List<MsccAnswer> msccs = new ArrayList<>();
        for (Avp mscc : a.getAvps(Avps.MULTIPLE_SERVICES_CREDIT_CONTROL)) {
            msccs.add(decodeMsccAnswer(GroupedReader.of(mscc)));
        }
        Avp cbr = a.getAvp(Avps.CHECK_BALANCE_RESULT);
        Avp cost = a.getAvp(Avps.COST_INFORMATION);
        Avp type = a.getAvp(Avps.CC_REQUEST_TYPE);
        Avp number = a.getAvp(Avps.CC_REQUEST_NUMBER);
        return new CreditControlAnswer(required(a, Avps.RESULT_CODE).getUnsigned32(),
                type == null ? null : RequestType.ofCode(type.getInteger32()), number == null ? -1 : number.getUnsigned32(),
                msccs, cbr == null ? null : cbr.getInteger32(), cost == null ? null : UnitsCodec.decodeMoney(GroupedReader.of(cost)));
    }

    private static MsccAnswer decodeMsccAnswer(GroupedReader g) throws AvpDataException {
        Long rg = null;
        Long sid = null;
        Long rc = null;
        Long vt = null;
        ServiceUnits granted = null;
        boolean finalUnit = false;
        while (g.next()) {
            switch (g.code()) {
                case Avps.GRANTED_SERVICE_UNIT -> granted = granted == null ? UnitsCodec.decode(g.group()) : granted;
                case Avps.RATING_GROUP -> rg = rg == null ? Long.valueOf(g.unsigned32()) : rg;
                case Avps.SERVICE_IDENTIFIER -> sid = sid == null ? Long.valueOf(g.unsigned32()) : sid;
                case Avps.VALIDITY_TIME -> vt = vt == null ? Long.valueOf(g.unsigned32()) : vt;
                case Avps.RESULT_CODE -> rc = rc == null ? Long.valueOf(g.unsigned32()) : rc;
                case Avps.FINAL_UNIT_INDICATION -> finalUnit = true;
                default -> {
                    // not read by the client
                }
            }
        }
        return new MsccAnswer(rg, sid, rc == null ? 0 : rc, granted, vt, finalUnit);
    }

    private static Avp required(AvpSet a, int code) throws AvpDataException {
        Avp avp = a.getAvp(code);
        if (avp == null) {
            throw new AvpDataException("Missing AVP " + code);
        }
        return avp;
    }

    /**
     * The values of a repeated AVP in order. Most CCRs carry one Subscription-Id and one MSCC: those
     * become an immutable one-element list directly, which the request keeps as it is instead of
     * copying a growable list.
     */
    private static final class Repeated<T> {
        private T first;
        private List<T> all;

        void add(T value) {
            if (first == null) {
                first = value;
            } else {
                if (all == null) {
                    all = new ArrayList<>();
                    all.add(first);
                }
                all.add(value);
            }
        }

        int size() {
            return all != null ? all.size() : first != null ? 1 : 0;
        }

        List<T> toList() {
            return all != null ? all : first != null ? List.of(first) : List.of();
        }
    }
}
