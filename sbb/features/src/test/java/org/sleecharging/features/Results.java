package org.sleecharging.features;

import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;

/** CreditResult events as the charging manager fires them, for the decision tests. */
public final class Results {
    private Results() {
    }

    public static CreditResult granted(String instance, long units, Unit unit) {
        return new CreditResult(instance, ChargingInstruction.CREDIT_RESERVATION, CreditOutcome.SUCCESS,
                VolumeSet.of(Volume.of(units, unit)), null, 2001, "phase");
    }

    public static CreditResult reservation(String instance, CreditOutcome outcome, long resultCode) {
        return new CreditResult(instance, ChargingInstruction.CREDIT_RESERVATION, outcome, null, null, resultCode,
                "phase");
    }

    public static CreditResult of(String instance, ChargingInstruction instruction, CreditOutcome outcome,
            long resultCode) {
        return new CreditResult(instance, instruction, outcome, null, null, resultCode, "phase");
    }
}
