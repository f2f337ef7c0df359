package org.sleecharging.ocs.internal.diameter;

import java.time.Duration;
import org.sleecharging.ocs.CreditControlAnswer;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.Fault;

/** What the Diameter layer asks the simulator for each decoded CCR. */
public interface CcrHandler {

    /** The answer and how to deliver it: {@code fault} null means send it now. */
    record Reply(CreditControlAnswer answer, Fault fault, Duration delay) {
        public static Reply now(CreditControlAnswer answer) {
            return new Reply(answer, null, Duration.ZERO);
        }
    }

    Reply onRequest(CreditControlRequest request);
}
