package org.sleecharging.manager.sbb;

import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.manager.ChargingInstanceAlreadyFinalisedException;
import org.sleecharging.manager.ChargingManager;
import org.sleecharging.manager.CreditCheckAlreadyInProgressException;
import org.sleecharging.manager.InstructionAlreadyPendingException;
import org.sleecharging.manager.ReportingReason;
import org.sleecharging.manager.ReservationChargingInstance;
import org.sleecharging.manager.UnknownChargingInstanceException;

/** Handle of a reservation instance; see {@link InstanceHandle}. */
final class ReservationHandle extends InstanceHandle implements ReservationChargingInstance {

    ReservationHandle(ChargingManager manager, String name) {
        super(manager, name);
    }

    @Override
    public void doCreditReservation(String executionPhase) throws InstructionAlreadyPendingException,
            ChargingInstanceAlreadyFinalisedException, CreditCheckAlreadyInProgressException {
        try {
            manager.doCreditReservation(name, executionPhase);
        } catch (UnknownChargingInstanceException e) {
            throw gone(e);
        }
    }

    @Override
    public void doCreditReservation(ReportingReason reason, String executionPhase)
            throws InstructionAlreadyPendingException, ChargingInstanceAlreadyFinalisedException,
            CreditCheckAlreadyInProgressException {
        try {
            manager.doCreditReservation(name, reason, executionPhase);
        } catch (UnknownChargingInstanceException e) {
            throw gone(e);
        }
    }

    @Override
    public void doCreditFinalisation(ReportingReason reason) throws ChargingInstanceAlreadyFinalisedException,
            CreditCheckAlreadyInProgressException {
        try {
            manager.doCreditFinalisation(name, reason);
        } catch (UnknownChargingInstanceException e) {
            throw gone(e);
        }
    }

    @Override
    public void reportUsedUnits(VolumeSet used) throws ChargingInstanceAlreadyFinalisedException {
        try {
            manager.reportUsedUnits(name, used);
        } catch (UnknownChargingInstanceException e) {
            throw gone(e);
        }
    }
}
