package org.sleecharging.ra.engine;

import org.sleecharging.ra.engine.ro.ResultCode;
import org.sleecharging.ra.engine.ro.RoAnswer;

/**
 * Why a CCR got no usable answer (RFC 4006 §5.7 "failure"): the Tx timer fired, the transport
 * gave up, or a Diameter node answered with a protocol error (3xxx, e.g. 3002 UNABLE_TO_DELIVER,
 * 3004 TOO_BUSY). Immutable.
 */
final class RoFailure {

    /** The three failures of RFC 4006 §5.7; whether the OCS may still have acted on the CCR differs. */
    enum Kind {
        /** No answer within the Tx timer (§13): the OCS may have processed the CCR. */
        TX_TIMEOUT(true),
        /** The Ro transport reports that no answer can come: the CCR may have reached the OCS. */
        TRANSPORT(true),
        /** RFC 6733 §7.1.3: a node answered that it could not process the request; the OCS did not act on it. */
        PROTOCOL_ERROR(false);

        private final boolean outcomeUnknown;

        Kind(boolean outcomeUnknown) {
            this.outcomeUnknown = outcomeUnknown;
        }
    }

    final Kind kind;
    final String reason;

    RoFailure(Kind kind, String reason) {
        this.kind = kind;
        this.reason = reason;
    }

    /** A failure if the answer carries a protocol error, else null. */
    static RoFailure of(RoAnswer answer) {
        ResultCode code = answer.resultCode();
        return code.kind() == ResultCode.Kind.PROTOCOL_ERROR
                ? new RoFailure(Kind.PROTOCOL_ERROR, "a Diameter node answered " + code) : null;
    }

    /** Whether the OCS may have acted on the CCR (charged) although no answer says so. */
    boolean outcomeUnknown() {
        return kind.outcomeUnknown;
    }

    @Override
    public String toString() {
        return reason;
    }
}
