package org.sleecharging.features.call;

/** What the call feature does, in the order a transition lists them. */
public enum CallAction {
    /** Suspend the instance: time is not metered (before answer, during hold). */
    SUSPEND,
    /** Resume the instance, leaving the suspended interval out of the used time. */
    RESUME,
    /** {@code doCreditReservation}: first reservation, or a further one with the units used so far. */
    RESERVE,
    /** {@code CallActivity.connect()}: credit is reserved, let the call proceed. */
    CONNECT,
    /** {@code CallActivity.release(cause)} with the refusal cause of the CreditResult (call not connected yet). */
    REJECT,
    /** {@code CallActivity.release(CREDIT_EXHAUSTED)}: no more credit for a connected call. */
    RELEASE_EXHAUSTED,
    /** {@code CallActivity.release(CHARGING_FAILURE)}: charging failed or was aborted. */
    RELEASE_FAILED,
    /** {@code doCreditFinalisation(FINAL)}: report the rest and end the charging session. */
    FINALISE,
    /** Remove the manager and end the results activity. */
    END
}
