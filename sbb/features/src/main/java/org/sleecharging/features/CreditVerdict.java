package org.sleecharging.features;

import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.netsim.Cause;

/**
 * What a {@code CreditResult} means for the service, and the network cause to give when the
 * service has to be refused or stopped because of it.
 *
 * <ul>
 * <li>{@link #GRANTED}: outcome SUCCESS, and for a credit reservation at least one unit granted;</li>
 * <li>{@link #DENIED}: the OCS refused (outcome DENIED, e.g. Result-Code 4012
 * DIAMETER_CREDIT_LIMIT_REACHED, RFC 4006 §8.2), or it granted nothing at all;</li>
 * <li>{@link #FAILED}: no usable answer (outcome FAILURE: transport failure, Tx timeout, RFC 4006
 * §5.5 failure handling already applied by the RA);</li>
 * <li>{@link #CONTINUED}: no usable answer to a further reservation, and the charging session goes
 * on without credit control (outcome CONTINUED, RFC 4006 §5.7 Credit-Control-Failure-Handling
 * CONTINUE): nothing new was granted, but a running service may go on on what is left of its grant
 * and its usage is still reported. A feature that needs a fresh grant before it delivers anything
 * refuses with CHARGING_FAILURE, as for FAILED.</li>
 * </ul>
 */
public enum CreditVerdict {
    GRANTED,
    DENIED,
    FAILED,
    CONTINUED;

    /** RFC 4006 §8.2 / TS 32.299: DIAMETER_USER_UNKNOWN. */
    public static final long USER_UNKNOWN = 5030;

    public static CreditVerdict of(CreditResult result) {
        if (result.getOutcome() == CreditOutcome.FAILURE) {
            return FAILED;
        }
        if (result.getOutcome() == CreditOutcome.CONTINUED) {
            return CONTINUED;
        }
        if (result.getOutcome() == CreditOutcome.DENIED) {
            return DENIED;
        }
        VolumeSet granted = result.getGrantedUnits();
        return granted != null && granted.isAllZero() ? DENIED : GRANTED;
    }

    /**
     * The cause to refuse or stop a service with after this result; null for {@link #GRANTED}. For
     * {@link #CONTINUED} it is CHARGING_FAILURE, for a feature that cannot start without a grant.
     */
    public static Cause refusalCause(CreditResult result) {
        switch (of(result)) {
        case DENIED:
            return result.getResultCode() == USER_UNKNOWN ? Cause.USER_UNKNOWN : Cause.CREDIT_DENIED;
        case FAILED:
        case CONTINUED:
            return Cause.CHARGING_FAILURE;
        default:
            return null;
        }
    }
}
