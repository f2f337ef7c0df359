package org.sleecharging.manager.sbb;

import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.manager.ChargingInstance;
import org.sleecharging.manager.ChargingInstanceAlreadyFinalisedException;
import org.sleecharging.manager.ChargingManager;
import org.sleecharging.manager.ChargingState;
import org.sleecharging.manager.ChargingType;
import org.sleecharging.manager.ReportingReason;
import org.sleecharging.manager.SessionCounters;
import org.sleecharging.manager.UnknownChargingInstanceException;

/**
 * A {@link ChargingInstance} that forwards every call, with its name, to the manager's local
 * object, so that each call runs in the caller's transaction against the manager's CMP state.
 * Instances are never removed from a manager, so an unknown name means the manager entity is gone.
 */
class InstanceHandle implements ChargingInstance {
    final ChargingManager manager;
    final String name;

    InstanceHandle(ChargingManager manager, String name) {
        this.manager = manager;
        this.name = name;
    }

    static IllegalStateException gone(UnknownChargingInstanceException e) {
        return new IllegalStateException("charging manager no longer holds instance " + e.getInstanceName(), e);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public ChargingType getChargingType() {
        try {
            return manager.getChargingType(name);
        } catch (UnknownChargingInstanceException e) {
            throw gone(e);
        }
    }

    @Override
    public ChargingState getChargingState() {
        try {
            return manager.getChargingState(name);
        } catch (UnknownChargingInstanceException e) {
            throw gone(e);
        }
    }

    @Override
    public SessionCounters getSessionCounters() {
        try {
            return manager.getSessionCounters(name);
        } catch (UnknownChargingInstanceException e) {
            throw gone(e);
        }
    }

    @Override
    public ChargingInstruction getPendingChargingInstruction() {
        try {
            return manager.getPendingChargingInstruction(name);
        } catch (UnknownChargingInstanceException e) {
            throw gone(e);
        }
    }

    @Override
    public ReportingReason getPendingReportingReason() {
        try {
            return manager.getPendingReportingReason(name);
        } catch (UnknownChargingInstanceException e) {
            throw gone(e);
        }
    }

    @Override
    public void clearInstruction() {
        try {
            manager.clearInstruction(name);
        } catch (UnknownChargingInstanceException e) {
            throw gone(e);
        }
    }

    @Override
    public void suspend() throws ChargingInstanceAlreadyFinalisedException {
        try {
            manager.suspend(name);
        } catch (UnknownChargingInstanceException e) {
            throw gone(e);
        }
    }

    @Override
    public void resume(boolean autoUpdateCounters) throws ChargingInstanceAlreadyFinalisedException {
        try {
            manager.resume(name, autoUpdateCounters);
        } catch (UnknownChargingInstanceException e) {
            throw gone(e);
        }
    }

    @Override
    public boolean isSuspended() {
        try {
            return manager.isSuspended(name);
        } catch (UnknownChargingInstanceException e) {
            throw gone(e);
        }
    }

    @Override
    public boolean isCreditCheckInProgress() {
        try {
            return manager.isCreditCheckInProgress(name);
        } catch (UnknownChargingInstanceException e) {
            throw gone(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InstanceHandle && ((InstanceHandle) o).manager.equals(manager)
                && ((InstanceHandle) o).name.equals(name) && o.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + "]";
    }
}
