package org.sleecharging.features.call;

import javax.slee.ActivityContextInterface;

import org.sleecharging.events.manager.ChargingInstanceEnded;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.manager.InstructionPending;
import org.sleecharging.features.ChargingFeatureSbb;
import org.sleecharging.features.CreditVerdict;
import org.sleecharging.features.FeatureTerms;
import org.sleecharging.features.Transition;
import org.sleecharging.manager.ChargingInstance;
import org.sleecharging.manager.ChargingManager;
import org.sleecharging.manager.ChargingManagerException;
import org.sleecharging.manager.ChargingState;
import org.sleecharging.manager.DuplicateNameException;
import org.sleecharging.manager.ReportingReason;
import org.sleecharging.manager.ReservationChargingInstance;
import org.sleecharging.netsim.CallActivity;
import org.sleecharging.netsim.CallState;
import org.sleecharging.netsim.Cause;
import org.sleecharging.netsim.event.CallAnswered;
import org.sleecharging.netsim.event.CallAttempt;
import org.sleecharging.netsim.event.CallHeld;
import org.sleecharging.netsim.event.CallHungUp;
import org.sleecharging.netsim.event.CallResumed;

/**
 * SCUR voice call (TS 32.299 §6.3.3, session charging with unit reservation): the root SBB of the
 * service {@code ScurCallService}, one entity per call (initial event {@code CallAttempt}, selected
 * by activity context).
 *
 * <p>Step by step, as the feature developer would write it:
 * <ol>
 * <li>{@link #onCallAttempt}: start charging (manager child, results NullActivity) for the calling
 * party, create the reservation instance {@value #INSTANCE} with {@link FeatureTerms#voice()},
 * suspend it (ringing is not charged) and {@code doCreditReservation}. The call waits.</li>
 * <li>{@link #onCreditResult}: a grant connects the call; a refusal releases the attempt with the
 * refusal cause (USER_UNKNOWN, CREDIT_DENIED, CHARGING_FAILURE).</li>
 * <li>{@link #onCallAnswered}, {@link #onCallHeld}, {@link #onCallResumed}: resume and suspend the
 * instance; the manager meters talk time only (TS 32.299 §5.2.2 service suspension).</li>
 * <li>{@link #onInstructionPending}: the manager asks for a further reservation when the quota is
 * used up or the OCS re-authorises (RFC 4006 §5.5 RAR): carry it out with
 * {@code doCreditReservation}; the used units go with it. If that reservation is refused, the
 * credit is exhausted: release the call with CREDIT_EXHAUSTED and finalise.</li>
 * <li>{@link #onCallHungUp}: {@code doCreditFinalisation(FINAL)} reports the rest (CCR-TERMINATION);
 * its CreditResult ends charging.</li>
 * <li>{@link #onChargingInstanceEnded}: the OCS aborted the session (RFC 4006 §5.6 ASR), or the
 * manager finalised it because its reservation reached the longest lifetime of the SLA: release the call.</li>
 * </ol>
 * The decisions are in {@link CallPhase}'s transition table; this class only translates events to
 * {@link CallInput}s and {@link CallAction}s to calls on the manager and the call.
 */
public abstract class CallChargingSbb extends ChargingFeatureSbb {
    /** Name of the call's charging instance. */
    public static final String INSTANCE = "voice";

    // CMP fields (JSLEE 1.1 §6.5) of this feature.

    public abstract CallPhase getPhase();

    public abstract void setPhase(CallPhase phase);

    public abstract ActivityContextInterface getCallActivity();

    public abstract void setCallActivity(ActivityContextInterface activity);

    /** The call's network id, e.g. {@code call-7}, for traces. */
    public abstract String getCallId();

    public abstract void setCallId(String id);

    // Network events on the call activity.

    public void onCallAttempt(CallAttempt event, ActivityContextInterface aci) {
        setPhase(CallPhase.IDLE);
        setCallActivity(aci);
        setCallId(event.getActivityId().toString());
        ChargingManager manager = startCharging(FeatureTerms.context(event.getCallingParty(), event.getActivityId())
                .description("SCUR call " + event.getActivityId()).build());
        try {
            manager.createReservationInstance(INSTANCE, FeatureTerms.voice());
        } catch (DuplicateNameException e) {
            throw new IllegalStateException("a new charging manager already has " + INSTANCE, e);
        }
        handle(CallInput.ATTEMPT, Cause.CHARGING_FAILURE);
    }

    public void onCallAnswered(CallAnswered event, ActivityContextInterface aci) {
        handle(CallInput.ANSWERED, Cause.NORMAL);
    }

    public void onCallHeld(CallHeld event, ActivityContextInterface aci) {
        handle(CallInput.HELD, Cause.NORMAL);
    }

    public void onCallResumed(CallResumed event, ActivityContextInterface aci) {
        handle(CallInput.RESUMED, Cause.NORMAL);
    }

    public void onCallHungUp(CallHungUp event, ActivityContextInterface aci) {
        handle(CallInput.HUNG_UP, Cause.NORMAL);
    }

    // Charging manager events on the results NullActivity.

    public void onCreditResult(CreditResult event, ActivityContextInterface aci) {
        if (ours(event.getInstanceName())) {
            tracer().fine(callId() + ": " + event);
            Cause cause = CreditVerdict.refusalCause(event);
            handle(CallInput.of(event), cause == null ? Cause.NORMAL : cause);
        }
    }

    public void onInstructionPending(InstructionPending event, ActivityContextInterface aci) {
        if (ours(event.getInstanceName())) {
            tracer().fine(callId() + ": " + event);
            handle(CallInput.of(event), Cause.NORMAL);
        }
    }

    public void onChargingInstanceEnded(ChargingInstanceEnded event, ActivityContextInterface aci) {
        if (ours(event.getInstanceName())) {
            tracer().info(callId() + ": charging ended: " + event.getReason());
            handle(CallInput.CHARGING_ENDED, Cause.CHARGING_FAILURE);
        }
    }

    // The machine: table decisions, then actions; an action may answer with a further input.

    private void handle(CallInput input, Cause refusalCause) {
        CallInput next = input;
        while (next != null) {
            CallPhase from = getPhase();
            Transition<CallPhase, CallAction> t = from.next(next);
            setPhase(t.next());
            if (from != t.next() || !t.actions().isEmpty()) {
                tracer().info(callId() + ": " + from + " + " + next + " " + t);
            }
            next = null;
            for (CallAction action : t.actions()) {
                CallInput followUp = perform(action, refusalCause);
                if (followUp != null) {
                    next = followUp;
                }
            }
            refusalCause = Cause.CHARGING_FAILURE;
        }
    }

    /** Carries out one action; a refused charging instruction comes back as FAILED or FINALISED. */
    private CallInput perform(CallAction action, Cause refusalCause) {
        try {
            switch (action) {
            case SUSPEND:
                instance().suspend();
                return null;
            case RESUME:
                instance().resume(true);
                return null;
            case RESERVE:
                instance().doCreditReservation(getPhase().name());
                return null;
            case CONNECT:
                call().connect();
                return null;
            case REJECT:
                release(refusalCause);
                return null;
            case RELEASE_EXHAUSTED:
                release(Cause.CREDIT_EXHAUSTED);
                return null;
            case RELEASE_FAILED:
                release(Cause.CHARGING_FAILURE);
                return null;
            case FINALISE:
                return finalise();
            case END:
                endCharging();
                return null;
            default:
                throw new IllegalArgumentException("unknown action " + action);
            }
        } catch (ChargingManagerException refused) {
            tracer().warning(callId() + ": " + action + " refused: " + refused.getMessage());
            return action == CallAction.FINALISE ? CallInput.FINALISED : CallInput.FAILED;
        }
    }

    private CallInput finalise() throws ChargingManagerException {
        ReservationChargingInstance instance = instance();
        if (instance.getChargingState() == ChargingState.FINAL) {
            return CallInput.FINALISED;
        }
        instance.doCreditFinalisation(ReportingReason.FINAL);
        return null;
    }

    private void release(Cause cause) {
        CallActivity call = call();
        if (call.getState() != CallState.ENDED) {
            call.release(cause);
        }
    }

    private ReservationChargingInstance instance() throws ChargingManagerException {
        ChargingInstance instance = chargingManager().getChargingInstance(INSTANCE);
        return (ReservationChargingInstance) instance;
    }

    private CallActivity call() {
        return (CallActivity) getCallActivity().getActivity();
    }

    private String callId() {
        return getCallId();
    }

    private static boolean ours(String instanceName) {
        return INSTANCE.equals(instanceName);
    }
}
