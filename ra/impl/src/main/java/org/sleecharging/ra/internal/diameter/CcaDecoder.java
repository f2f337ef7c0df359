package org.sleecharging.ra.internal.diameter;

import java.time.Duration;

import org.jdiameter.api.Avp;
import org.jdiameter.api.AvpDataException;
import org.jdiameter.api.AvpSet;
import org.jdiameter.api.Message;
import org.sleecharging.events.value.Money;
import org.sleecharging.ra.engine.ro.FailureHandling;
import org.sleecharging.ra.engine.ro.FinalUnitAction;
import org.sleecharging.ra.engine.ro.ResultCode;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.ServiceUnits;

/**
 * Reads a Credit-Control-Answer (RFC 4006 §3.2) into an {@link RoAnswer}. The Result-Code is the
 * message's when that is not a success, else the (first) MSCC's when present (RFC 4006 §8.16:
 * per-service outcome); Granted-Service-Unit, Validity-Time and Final-Unit-Indication come from
 * the MSCC, or from command level in the single-service form.
 */
final class CcaDecoder {

    private CcaDecoder() {
    }

    static RoAnswer decode(Message cca, RoRequest request) throws AvpDataException {
        AvpSet a = cca.getAvps();
        checkEcho(a, request);
        ResultCode top = ResultCode.valueOf(resultCode(a, "CCA"));
        Avp msccAvp = a.getAvp(RoAvps.MULTIPLE_SERVICES_CREDIT_CONTROL);
        AvpSet service = msccAvp == null ? a : msccAvp.getGrouped();
        ResultCode result = top;
        if (top.isSuccess() && msccAvp != null && hasResult(service)) {
            result = ResultCode.valueOf(resultCode(service, "Multiple-Services-Credit-Control"));
        }
        Avp gsu = service.getAvp(RoAvps.GRANTED_SERVICE_UNIT);
        ServiceUnits granted = gsu == null ? ServiceUnits.NONE : UnitsCodec.decodeGranted(gsu.getGrouped(), request.requested());
        Avp validity = service.getAvp(RoAvps.VALIDITY_TIME);
        Avp cost = a.getAvp(RoAvps.COST_INFORMATION);
        Money costMoney = cost == null ? null : MoneyCodec.decode(cost.getGrouped());
        RoAnswer answer = RoAnswer.of(result, granted, validity == null ? null : Duration.ofSeconds(validity.getUnsigned32()),
                finalUnitAction(service), costMoney);
        Avp handling = a.getAvp(RoAvps.CREDIT_CONTROL_FAILURE_HANDLING);
        Avp failover = a.getAvp(RoAvps.CC_SESSION_FAILOVER);
        if (handling == null && failover == null) {
            return answer;
        }
        return answer.withFailureHandling(handling == null ? null : failureHandling(handling),
                failover == null ? null : Boolean.valueOf(failover.getInteger32() == RoAvps.FAILOVER_SUPPORTED));
    }

    /** Both state machines key on CC-Request-Type/-Number; an answer for another request is not ours. */
    private static void checkEcho(AvpSet a, RoRequest request) throws AvpDataException {
        Avp type = a.getAvp(RoAvps.CC_REQUEST_TYPE);
        if (type != null && type.getInteger32() != request.type().avpValue()) {
            throw new AvpDataException("CCA carries CC-Request-Type " + type.getInteger32() + " for a " + request);
        }
        Avp number = a.getAvp(RoAvps.CC_REQUEST_NUMBER);
        if (number != null && number.getUnsigned32() != request.ccRequestNumber()) {
            throw new AvpDataException("CCA carries CC-Request-Number " + number.getUnsigned32() + " for " + request);
        }
    }

    private static boolean hasResult(AvpSet group) {
        return group.getAvp(RoAvps.RESULT_CODE) != null || group.getAvp(RoAvps.EXPERIMENTAL_RESULT) != null;
    }

    /** Result-Code, or the Experimental-Result-Code of an Experimental-Result (RFC 6733 §7.6). */
    private static long resultCode(AvpSet group, String where) throws AvpDataException {
        Avp code = group.getAvp(RoAvps.RESULT_CODE);
        if (code != null) {
            return code.getUnsigned32();
        }
        Avp experimental = group.getAvp(RoAvps.EXPERIMENTAL_RESULT);
        if (experimental != null) {
            Avp inner = experimental.getGrouped().getAvp(RoAvps.EXPERIMENTAL_RESULT_CODE);
            if (inner != null) {
                return inner.getUnsigned32();
            }
        }
        throw new AvpDataException(where + " carries neither Result-Code nor Experimental-Result-Code");
    }

    private static FinalUnitAction finalUnitAction(AvpSet service) throws AvpDataException {
        Avp fui = service.getAvp(RoAvps.FINAL_UNIT_INDICATION);
        if (fui == null) {
            return null;
        }
        Avp action = fui.getGrouped().getAvp(RoAvps.FINAL_UNIT_ACTION);
        if (action == null) {
            throw new AvpDataException("Final-Unit-Indication without Final-Unit-Action (RFC 4006 §8.34)");
        }
        int value = action.getInteger32();
        FinalUnitAction[] all = FinalUnitAction.values();
        if (value < 0 || value >= all.length) {
            throw new AvpDataException("Final-Unit-Action " + value + " is not defined (RFC 4006 §8.35)");
        }
        return all[value];
    }

    private static FailureHandling failureHandling(Avp avp) throws AvpDataException {
        try {
            return FailureHandling.ofAvpValue(avp.getInteger32());
        } catch (IllegalArgumentException e) {
            throw new AvpDataException(e.getMessage(), e);
        }
    }
}
