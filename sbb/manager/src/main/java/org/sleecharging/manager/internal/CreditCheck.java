package org.sleecharging.manager.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.manager.ReportingReason;

/**
 * A credit check in progress: the instruction the feature gave, its reporting reason and execution
 * phase, the requests still to issue, and what the answers so far said. A silent check (release of
 * an instance the feature did not finalise) fires no CreditResult. Mutable; copied with its record.
 */
final class CreditCheck implements Serializable {
    private static final long serialVersionUID = 1L;

    final ChargingInstruction instruction;
    final ReportingReason reason;
    final String phase;
    final boolean silent;
    final List<StepKind> plan;
    /** Usage taken from the meter for the debit step; put back if the debit fails. */
    VolumeSet reported;
    /**
     * Usage of the final report beyond what the reservation still held, so not debited against it:
     * debited directly instead (finalisation after CONTINUED, RFC 4006 §5.7). Null if none.
     */
    VolumeSet excess;
    VolumeSet granted;
    VolumeSet used;
    CreditOutcome outcome = CreditOutcome.SUCCESS;
    long resultCode;
    /** Whether the RA answered at least one request of this check. */
    boolean answered;
    /** For a silent check: why the instance ends (ChargingInstanceEnded reason). */
    String endReason;

    CreditCheck(ChargingInstruction instruction, ReportingReason reason, String phase, boolean silent,
            List<StepKind> plan) {
        this.instruction = instruction;
        this.reason = reason;
        this.phase = phase;
        this.silent = silent;
        this.plan = new ArrayList<StepKind>(plan);
    }

    CreditCheck copy() {
        CreditCheck c = new CreditCheck(instruction, reason, phase, silent, plan);
        c.reported = reported;
        c.excess = excess;
        c.granted = granted;
        c.used = used;
        c.outcome = outcome;
        c.resultCode = resultCode;
        c.answered = answered;
        c.endReason = endReason;
        return c;
    }
}
