package org.sleecharging.manager.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.sleecharging.manager.ChargingState;

/**
 * The life of a charging instance. The public {@link ChargingState} is a projection of it; the
 * "_CHECK" states are those with a credit check waiting for the RA. The transition table follows
 * the session charging flows of TS 32.299 §6.3 (initial, update, termination) and the Parlay
 * charging session states of TS 29.198-12 §9.1 (a refused first reservation ends the session).
 */
public enum InstanceState {
    INITIAL(ChargingState.INITIAL, false),
    INITIAL_CHECK(ChargingState.INITIAL, true),
    MID(ChargingState.MID, false),
    MID_CHECK(ChargingState.MID, true),
    FINALISING(ChargingState.MID, true),
    FINAL(ChargingState.FINAL, false);

    private static final Map<InstanceState, Map<InstanceEvent, InstanceState>> TABLE = table();

    private final ChargingState chargingState;
    private final boolean checkInProgress;

    InstanceState(ChargingState chargingState, boolean checkInProgress) {
        this.chargingState = chargingState;
        this.checkInProgress = checkInProgress;
    }

    public ChargingState chargingState() {
        return chargingState;
    }

    /** Whether a request is out to the RA and the feature has not had its CreditResult yet. */
    public boolean isCreditCheckInProgress() {
        return checkInProgress;
    }

    public boolean isFinal() {
        return this == FINAL;
    }

    /** Whether a grant has been received, so time is metered against it. */
    public boolean isGranted() {
        return this == MID || this == MID_CHECK || this == FINALISING;
    }

    /** The state after {@code event}; side-effect free. Throws IllegalTransitionException if not allowed. */
    public InstanceState next(InstanceEvent event) {
        InstanceState next = TABLE.get(this).get(event);
        if (next == null) {
            throw new IllegalTransitionException(this, event);
        }
        return next;
    }

    private static Map<InstanceState, Map<InstanceEvent, InstanceState>> table() {
        Map<InstanceState, Map<InstanceEvent, InstanceState>> t =
                new EnumMap<InstanceState, Map<InstanceEvent, InstanceState>>(InstanceState.class);
        for (InstanceState state : values()) {
            t.put(state, new EnumMap<InstanceEvent, InstanceState>(InstanceEvent.class));
        }
        // TS 32.299 §6.3.3: the first reservation (CCR-INITIAL) or direct debit/refund (CCR-EVENT).
        t.get(INITIAL).put(InstanceEvent.START_CHECK, INITIAL_CHECK);
        // A session exists but nothing was granted (refused first reservation, IEC release): release it.
        t.get(INITIAL).put(InstanceEvent.START_FINALISATION, FINALISING);
        // Nothing was ever sent: there is no charging session to end.
        t.get(INITIAL).put(InstanceEvent.FINALISE_NOW, FINAL);
        // The first answer moves the instance to Mid; a refusal leaves it Initial (TS 29.198-12 §9.1).
        t.get(INITIAL_CHECK).put(InstanceEvent.ANSWER_OK, MID);
        t.get(INITIAL_CHECK).put(InstanceEvent.ANSWER_ERROR, INITIAL);
        // CCR-UPDATE (further reservation with used units) or a further CCR-EVENT.
        t.get(MID).put(InstanceEvent.START_CHECK, MID_CHECK);
        // CCR-TERMINATION: final usage, then release (TS 29.198-12 §8.3 release).
        t.get(MID).put(InstanceEvent.START_FINALISATION, FINALISING);
        t.get(MID_CHECK).put(InstanceEvent.ANSWER_OK, MID);
        t.get(MID_CHECK).put(InstanceEvent.ANSWER_ERROR, MID);
        // RFC 4006 §5.7 CONTINUE: the service goes on with what is left of the grant. Only a further
        // reservation continues: a failed first one holds nothing to continue on (ANSWER_ERROR).
        t.get(MID_CHECK).put(InstanceEvent.ANSWER_CONTINUED, MID);
        t.get(FINALISING).put(InstanceEvent.RELEASED, FINAL);
        // RFC 4006 §5.6 ASR, TS 29.198-12 §8.4 sessionEnded, or the activity ended: Final from any state;
        // a late notice for a final instance changes nothing.
        for (InstanceState state : values()) {
            t.get(state).put(InstanceEvent.SESSION_LOST, FINAL);
        }
        for (InstanceState state : values()) {
            t.put(state, Collections.unmodifiableMap(t.get(state)));
        }
        return Collections.unmodifiableMap(t);
    }
}
