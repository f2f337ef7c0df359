package org.sleecharging.features.content;

import javax.slee.ActivityContextInterface;

import org.sleecharging.events.manager.ChargingInstanceEnded;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.manager.InstructionPending;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.features.ChargingFeatureSbb;
import org.sleecharging.features.CreditVerdict;
import org.sleecharging.features.FeatureTerms;
import org.sleecharging.features.Transition;
import org.sleecharging.manager.ChargingManager;
import org.sleecharging.manager.ChargingManagerException;
import org.sleecharging.manager.ChargingState;
import org.sleecharging.manager.DuplicateNameException;
import org.sleecharging.manager.ReportingReason;
import org.sleecharging.manager.ReservationChargingInstance;
import org.sleecharging.netsim.Cause;
import org.sleecharging.netsim.ContentState;
import org.sleecharging.netsim.DataSessionActivity;
import org.sleecharging.netsim.event.ContentDelivered;
import org.sleecharging.netsim.event.ContentDeliveryFailed;
import org.sleecharging.netsim.event.ContentRequested;
import org.sleecharging.netsim.event.DataSessionEnded;

/**
 * ECUR content download (TS 32.299 §6.3.5, event charging with unit reservation): the root SBB of
 * the service {@code EcurContentService}, one entity per data session (initial event
 * {@code ContentRequested}, selected by activity context, so later requests on the same session
 * reach the same entity), one reservation instance per content ({@link ContentBook#instanceName}).
 *
 * <p>Step by step:
 * <ol>
 * <li>{@link #onContentRequested}: on the first request start charging for the session's
 * subscriber; create a reservation instance with {@link FeatureTerms#content(String, long)} (the
 * content's size in octets) and {@code doCreditReservation} (CCR-INITIAL). The content waits.</li>
 * <li>{@link #onCreditResult}: a grant covering the content allows it; anything else denies it
 * (USER_UNKNOWN, CREDIT_DENIED, CHARGING_FAILURE) and finalises the instance.</li>
 * <li>{@link #onContentDelivered}: {@code reportUsedUnits} with the delivered octets, then
 * {@code doCreditFinalisation(FINAL)}: the OCS debits exactly what was delivered
 * (CCR-TERMINATION with Used-Service-Unit) and returns the rest of the reservation.</li>
 * <li>{@link #onContentDeliveryFailed}: finalise with nothing used: the whole reservation goes back
 * to the subscriber, which is how ECUR refunds (nothing had been debited).</li>
 * <li>{@link #onDataSessionEnded}: finalise what is still open; when every content is done, end
 * charging.</li>
 * </ol>
 * The decisions are in {@link ContentPhase}'s transition table.
 */
public abstract class ContentChargingSbb extends ChargingFeatureSbb {

    // CMP fields (JSLEE 1.1 §6.5) of this feature.

    public abstract ContentBook getContentBook();

    public abstract void setContentBook(ContentBook book);

    public abstract ActivityContextInterface getDataSession();

    public abstract void setDataSession(ActivityContextInterface activity);

    /** The data session's network id, e.g. {@code data-3}, for traces. */
    public abstract String getSessionId();

    public abstract void setSessionId(String id);

    // Network events on the data session activity.

    public void onContentRequested(ContentRequested event, ActivityContextInterface aci) {
        ChargingManager manager = getChargingManager();
        if (manager == null) {
            DataSessionActivity session = (DataSessionActivity) aci.getActivity();
            setDataSession(aci);
            setSessionId(event.getActivityId().toString());
            setContentBook(ContentBook.EMPTY);
            manager = startCharging(FeatureTerms.context(session.getSubscriber(), event.getActivityId())
                    .description("ECUR content on " + event.getActivityId()).build());
        }
        String contentId = event.getContentId();
        setContentBook(book().request(contentId, event.getOctets()));
        try {
            manager.createReservationInstance(ContentBook.instanceName(contentId),
                    FeatureTerms.content(contentId, event.getOctets()));
        } catch (DuplicateNameException e) {
            throw new IllegalStateException("content " + contentId + " requested twice on " + getSessionId(), e);
        }
        handle(contentId, ContentInput.REQUESTED, Cause.CHARGING_FAILURE, 0);
    }

    public void onContentDelivered(ContentDelivered event, ActivityContextInterface aci) {
        handle(event.getContentId(), ContentInput.DELIVERED, Cause.NORMAL, event.getOctets());
    }

    public void onContentDeliveryFailed(ContentDeliveryFailed event, ActivityContextInterface aci) {
        tracer().info(getSessionId() + ": delivery of " + event.getContentId() + " failed (" + event.getReason()
                + "); its reservation is returned");
        handle(event.getContentId(), ContentInput.DELIVERY_FAILED, Cause.NORMAL, 0);
    }

    public void onDataSessionEnded(DataSessionEnded event, ActivityContextInterface aci) {
        setContentBook(book().withSessionEnded());
        for (String contentId : book().contentIds()) {
            handle(contentId, ContentInput.SESSION_ENDED, Cause.NORMAL, 0);
        }
        endIfSettled();
    }

    // Charging manager events on the results NullActivity.

    public void onCreditResult(CreditResult event, ActivityContextInterface aci) {
        String contentId = ours(event.getInstanceName());
        if (contentId != null) {
            tracer().fine(getSessionId() + ": " + event);
            Cause cause = CreditVerdict.refusalCause(event);
            handle(contentId, ContentInput.of(event, book().get(contentId).octets()),
                    cause == null ? Cause.CREDIT_DENIED : cause, 0);
        }
    }

    public void onInstructionPending(InstructionPending event, ActivityContextInterface aci) {
        String contentId = ours(event.getInstanceName());
        if (contentId != null) {
            tracer().fine(getSessionId() + ": " + event);
            handle(contentId, ContentInput.CREDIT_PENDING, Cause.NORMAL, 0);
        }
    }

    public void onChargingInstanceEnded(ChargingInstanceEnded event, ActivityContextInterface aci) {
        String contentId = ours(event.getInstanceName());
        if (contentId != null) {
            tracer().info(getSessionId() + ": charging of " + contentId + " ended: " + event.getReason());
            handle(contentId, ContentInput.CHARGING_ENDED, Cause.CHARGING_FAILURE, 0);
        }
    }

    // The machine, per content.

    private void handle(String contentId, ContentInput input, Cause refusalCause, long deliveredOctets) {
        ContentInput next = input;
        while (next != null) {
            ContentPhase from = book().get(contentId).phase();
            Transition<ContentPhase, ContentAction> t = from.next(next);
            setContentBook(book().withPhase(contentId, t.next()));
            if (from != t.next() || !t.actions().isEmpty()) {
                tracer().info(getSessionId() + " " + contentId + ": " + from + " + " + next + " " + t);
            }
            next = null;
            for (ContentAction action : t.actions()) {
                ContentInput followUp = perform(contentId, action, refusalCause, deliveredOctets);
                if (followUp != null) {
                    next = followUp;
                }
            }
            refusalCause = Cause.CHARGING_FAILURE;
        }
        endIfSettled();
    }

    private ContentInput perform(String contentId, ContentAction action, Cause refusalCause, long deliveredOctets) {
        try {
            switch (action) {
            case RESERVE:
                instance(contentId).doCreditReservation(contentId);
                return null;
            case ALLOW:
                session().allowContent(contentId);
                return null;
            case DENY:
                deny(contentId, refusalCause);
                return null;
            case REPORT_DELIVERED:
                instance(contentId).reportUsedUnits(VolumeSet.of(Volume.of(deliveredOctets, Unit.OCTETS)));
                return null;
            case DECLINE_INSTRUCTION:
                instance(contentId).clearInstruction();
                return null;
            case FINALISE:
                return finalise(contentId);
            default:
                throw new IllegalArgumentException("unknown action " + action);
            }
        } catch (ChargingManagerException refused) {
            tracer().warning(getSessionId() + " " + contentId + ": " + action + " refused: " + refused.getMessage());
            return action == ContentAction.FINALISE ? ContentInput.FINALISED : ContentInput.FAILED;
        }
    }

    private ContentInput finalise(String contentId) throws ChargingManagerException {
        ReservationChargingInstance instance = instance(contentId);
        if (instance.getChargingState() == ChargingState.FINAL) {
            return ContentInput.FINALISED;
        }
        instance.doCreditFinalisation(ReportingReason.FINAL);
        return null;
    }

    private void deny(String contentId, Cause cause) {
        DataSessionActivity session = session();
        if (!session.isEnded() && session.getContentState(contentId) == ContentState.REQUESTED) {
            session.denyContent(contentId, cause);
        }
    }

    private void endIfSettled() {
        if (getChargingManager() != null && book().isSettled()) {
            tracer().info(getSessionId() + ": every content settled, charging ends");
            endCharging();
        }
    }

    private ReservationChargingInstance instance(String contentId) throws ChargingManagerException {
        return (ReservationChargingInstance) chargingManager().getChargingInstance(ContentBook.instanceName(contentId));
    }

    private DataSessionActivity session() {
        return (DataSessionActivity) getDataSession().getActivity();
    }

    private ContentBook book() {
        ContentBook book = getContentBook();
        return book == null ? ContentBook.EMPTY : book;
    }

    /** The content id of one of this session's instances; null for any other instance. */
    private String ours(String instanceName) {
        String contentId = ContentBook.contentId(instanceName);
        return contentId != null && book().contains(contentId) ? contentId : null;
    }
}
