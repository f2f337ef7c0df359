package org.sleecharging.manager.sbb;

import java.util.ArrayList;
import java.util.List;

import javax.slee.ActivityContextInterface;
import javax.slee.Address;

import org.sleecharging.events.manager.ChargingInstanceEnded;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.manager.InstructionPending;
import org.sleecharging.events.manager.ManagerEvent;
import org.sleecharging.manager.ChargingContext;
import org.sleecharging.manager.internal.InstanceTable;

/** What the container would generate: CMP fields as fields, fire methods that record. */
public class TestManagerSbb extends ChargingManagerSbb {
    final List<ManagerEvent> fired = new ArrayList<ManagerEvent>();
    final List<ActivityContextInterface> firedOn = new ArrayList<ActivityContextInterface>();
    private InstanceTable instances;
    private ChargingContext chargingContext;
    private ActivityContextInterface resultActivity;
    private TimerBook timerBook;

    @Override
    public InstanceTable getInstances() {
        return instances;
    }

    @Override
    public void setInstances(InstanceTable instances) {
        this.instances = instances;
    }

    @Override
    public ChargingContext getChargingContext() {
        return chargingContext;
    }

    @Override
    public void setChargingContext(ChargingContext context) {
        this.chargingContext = context;
    }

    @Override
    public ActivityContextInterface getResultActivity() {
        return resultActivity;
    }

    @Override
    public void setResultActivity(ActivityContextInterface activity) {
        this.resultActivity = activity;
    }

    @Override
    public TimerBook getTimerBook() {
        return timerBook;
    }

    @Override
    public void setTimerBook(TimerBook book) {
        this.timerBook = book;
    }

    @Override
    public void fireCreditResult(CreditResult event, ActivityContextInterface activity, Address address) {
        fired.add(event);
        firedOn.add(activity);
    }

    @Override
    public void fireInstructionPending(InstructionPending event, ActivityContextInterface activity, Address address) {
        fired.add(event);
        firedOn.add(activity);
    }

    @Override
    public void fireChargingInstanceEnded(ChargingInstanceEnded event, ActivityContextInterface activity,
            Address address) {
        fired.add(event);
        firedOn.add(activity);
    }

    List<ManagerEvent> takeFired() {
        List<ManagerEvent> taken = new ArrayList<ManagerEvent>(fired);
        fired.clear();
        return taken;
    }
}
