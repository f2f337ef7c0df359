package org.sleecharging.manager.sbb;

import javax.slee.ActivityContextInterface;

import org.sleecharging.manager.ChargingContext;
import org.sleecharging.manager.internal.InstanceTable;

/** The SBB entity's CMP fields and fire methods, as {@link ChargingManagerOperations} uses them. */
interface EntityState {

    /** Never null. */
    InstanceTable table();

    /** Never null. */
    TimerBook timerBook();

    void store(InstanceTable table, TimerBook book);

    /** Null until configured. */
    ChargingContext chargingContext();

    void configured(ChargingContext context, ActivityContextInterface resultActivity);

    /** Fires a manager event on the result activity. */
    void fire(Object event);
}
