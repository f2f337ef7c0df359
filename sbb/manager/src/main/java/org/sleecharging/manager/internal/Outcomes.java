package org.sleecharging.manager.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sleecharging.events.RequestError;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.value.ChargingError;

/** How RA answers translate into what the feature is told: outcome and Diameter Result-Code. */
final class Outcomes {
    /** Result-Code reported for a Res event: DIAMETER_SUCCESS (RFC 6733 §7.1.2); the Res events carry none. */
    static final long SUCCESS = 2001;
    /** Result-Code reported when no answer came (RA refusal, transport failure, lost session). */
    static final long NO_ANSWER = 0;

    /** The Err events carry the Result-Code only in the RA's extra information ("OCS answered 4012 ..."). */
    private static final Pattern RESULT_CODE = Pattern.compile("OCS answered (\\d{4})\\b");

    private Outcomes() {
    }

    /**
     * An OCS refusal (credit limit, unknown user, rating failed, account) is DENIED: the feature should
     * stop the service. Anything else is a FAILURE: no usable answer or a request the RA would not take.
     */
    static CreditOutcome outcomeOf(ChargingError error) {
        switch (error) {
        case ACCOUNT:
        case USER:
        case PARAMETER:
        case NO_DEBIT:
        case NO_CREDIT:
        case RESERVATION_LIMIT:
            return CreditOutcome.DENIED;
        default:
            return CreditOutcome.FAILURE;
        }
    }

    static long resultCodeOf(RequestError error) {
        Matcher matcher = RESULT_CODE.matcher(error.getExtraInformation());
        return matcher.find() ? Long.parseLong(matcher.group(1)) : NO_ANSWER;
    }
}
