package org.sleecharging.events.manager;

/** How a credit check ended, as seen by the feature SBB. */
public enum CreditOutcome {
    /** Units granted or usage accepted (Result-Code class success). */
    SUCCESS,
    /** The OCS refused (e.g. 4012 credit limit reached); the feature should stop the service. */
    DENIED,
    /** No usable answer: transport failure, Tx timeout or a protocol error. */
    FAILURE
}
