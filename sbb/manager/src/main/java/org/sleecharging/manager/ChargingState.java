package org.sleecharging.manager;

/** Where a charging instance stands in its life, as the feature sees it. */
public enum ChargingState {
    /** Created; no answer has been received yet (a first credit check may be in progress). */
    INITIAL,
    /** At least one credit check has been answered; the instance is live. */
    MID,
    /** Finalised, aborted by the OCS, expired or failed; every operation is refused from now on. */
    FINAL
}
