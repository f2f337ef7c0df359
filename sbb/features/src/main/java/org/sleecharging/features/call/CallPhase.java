package org.sleecharging.features.call;

import org.sleecharging.features.Transition;
import org.sleecharging.features.TransitionTable;

/**
 * Where a charged call stands, and the one transition table of the call feature (SCUR, TS 32.299
 * §6.3.3 session charging with unit reservation).
 *
 * <p>The rules the table encodes:
 * <ul>
 * <li>Reserve before the call is connected; connect only on a grant, otherwise release the attempt
 * with the refusal cause.</li>
 * <li>Time is metered by the charging manager; the instance is suspended from the attempt until
 * answer and during hold, so ringing and hold time are not charged.</li>
 * <li>A pending credit reservation (quota used up, OCS re-auth) is carried out at
 * once; a refused or failed further reservation releases the call (credit exhausted, the final
 * units are used up) and finalises.</li>
 * <li>A further reservation the OCS did not answer while the RA continues without credit control
 * (CONTINUED, RFC 4006 §5.7 Credit-Control-Failure-Handling CONTINUE) keeps the call connected: the
 * service is granted, the manager goes on metering, asks again when the grant is used up (which
 * retries the OCS), and the hang-up finalises as usual, reporting all the time talked. A first
 * reservation is never CONTINUED (nothing was granted); should one be, the attempt is rejected as
 * for FAILED, since a call is only connected on a grant.</li>
 * <li>Only one credit check at a time: a hang-up during a check waits for its answer
 * ({@code *_ABANDONED}) and then finalises.</li>
 * <li>The instance lost (OCS abort, lifetime expiry) releases a live call.</li>
 * </ul>
 */
public enum CallPhase {
    /** Before the attempt. */
    IDLE,
    /** First reservation in progress; the call waits at ATTEMPTED. */
    RESERVING,
    /** The caller gave up while the first reservation was in progress. */
    RESERVING_ABANDONED,
    /** Connected (alerting, talking or held) with credit. */
    ACTIVE,
    /** Connected; a further reservation is in progress. */
    REAUTHORISING,
    /** Hung up while a further reservation was in progress. */
    REAUTHORISING_ABANDONED,
    /** Credit finalisation in progress; the call is over. */
    FINALISING,
    /** Charging ended; nothing more to do. */
    ENDED;

    private static final TransitionTable<CallPhase, CallInput, CallAction> TABLE = table();

    public Transition<CallPhase, CallAction> next(CallInput input) {
        return TABLE.next(this, input);
    }

    public boolean allows(CallInput input) {
        return TABLE.allows(this, input);
    }

    private static TransitionTable<CallPhase, CallInput, CallAction> table() {
        TransitionTable<CallPhase, CallInput, CallAction> t =
                new TransitionTable<CallPhase, CallInput, CallAction>(CallPhase.class, CallInput.class);
        t.on(IDLE, CallInput.ATTEMPT, RESERVING, CallAction.SUSPEND, CallAction.RESERVE);

        t.on(RESERVING, CallInput.GRANTED, ACTIVE, CallAction.CONNECT);
        t.on(RESERVING, CallInput.DENIED, FINALISING, CallAction.REJECT, CallAction.FINALISE);
        t.on(RESERVING, CallInput.FAILED, FINALISING, CallAction.REJECT, CallAction.FINALISE);
        t.on(RESERVING, CallInput.CONTINUED, FINALISING, CallAction.REJECT, CallAction.FINALISE);
        t.on(RESERVING, CallInput.HUNG_UP, RESERVING_ABANDONED);
        t.on(RESERVING, CallInput.CHARGING_ENDED, ENDED, CallAction.RELEASE_FAILED, CallAction.END);

        t.on(RESERVING_ABANDONED, CallInput.GRANTED, FINALISING, CallAction.FINALISE);
        t.on(RESERVING_ABANDONED, CallInput.DENIED, FINALISING, CallAction.FINALISE);
        t.on(RESERVING_ABANDONED, CallInput.FAILED, FINALISING, CallAction.FINALISE);
        t.on(RESERVING_ABANDONED, CallInput.CONTINUED, FINALISING, CallAction.FINALISE);
        t.on(RESERVING_ABANDONED, CallInput.CHARGING_ENDED, ENDED, CallAction.END);

        t.on(ACTIVE, CallInput.ANSWERED, ACTIVE, CallAction.RESUME);
        t.on(ACTIVE, CallInput.HELD, ACTIVE, CallAction.SUSPEND);
        t.on(ACTIVE, CallInput.RESUMED, ACTIVE, CallAction.RESUME);
        t.on(ACTIVE, CallInput.CREDIT_PENDING, REAUTHORISING, CallAction.RESERVE);
        t.on(ACTIVE, CallInput.HUNG_UP, FINALISING, CallAction.FINALISE);
        t.on(ACTIVE, CallInput.CHARGING_ENDED, ENDED, CallAction.RELEASE_FAILED, CallAction.END);

        t.on(REAUTHORISING, CallInput.GRANTED, ACTIVE);
        t.on(REAUTHORISING, CallInput.DENIED, FINALISING, CallAction.RELEASE_EXHAUSTED, CallAction.FINALISE);
        t.on(REAUTHORISING, CallInput.FAILED, FINALISING, CallAction.RELEASE_FAILED, CallAction.FINALISE);
        // RFC 4006 §5.7, §8.14 CONTINUE: "the service SHOULD be granted" without credit control.
        t.on(REAUTHORISING, CallInput.CONTINUED, ACTIVE);
        t.on(REAUTHORISING, CallInput.ANSWERED, REAUTHORISING, CallAction.RESUME);
        t.on(REAUTHORISING, CallInput.HELD, REAUTHORISING, CallAction.SUSPEND);
        t.on(REAUTHORISING, CallInput.RESUMED, REAUTHORISING, CallAction.RESUME);
        // The check in progress answers the new reason too (RFC 4006 §5.5).
        t.ignore(REAUTHORISING, CallInput.CREDIT_PENDING);
        t.on(REAUTHORISING, CallInput.HUNG_UP, REAUTHORISING_ABANDONED);
        t.on(REAUTHORISING, CallInput.CHARGING_ENDED, ENDED, CallAction.RELEASE_FAILED, CallAction.END);

        t.on(REAUTHORISING_ABANDONED, CallInput.GRANTED, FINALISING, CallAction.FINALISE);
        t.on(REAUTHORISING_ABANDONED, CallInput.DENIED, FINALISING, CallAction.FINALISE);
        t.on(REAUTHORISING_ABANDONED, CallInput.FAILED, FINALISING, CallAction.FINALISE);
        t.on(REAUTHORISING_ABANDONED, CallInput.CONTINUED, FINALISING, CallAction.FINALISE);
        t.ignore(REAUTHORISING_ABANDONED, CallInput.CREDIT_PENDING);
        t.on(REAUTHORISING_ABANDONED, CallInput.CHARGING_ENDED, ENDED, CallAction.END);

        t.on(FINALISING, CallInput.FINALISED, ENDED, CallAction.END);
        t.on(FINALISING, CallInput.CHARGING_ENDED, ENDED, CallAction.END);
        // Late network events of a call the feature released, and a pending instruction raised
        // just before finalisation: finalisation answers them all.
        t.ignore(FINALISING, CallInput.HUNG_UP, CallInput.HELD, CallInput.RESUMED, CallInput.ANSWERED,
                CallInput.CREDIT_PENDING);

        t.ignore(ENDED, CallInput.values());
        return t;
    }
}
