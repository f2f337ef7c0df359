package org.sleecharging.manager.sbb;

import org.sleecharging.manager.ChargingInstanceAlreadyFinalisedException;
import org.sleecharging.manager.ChargingManager;
import org.sleecharging.manager.CreditCheckAlreadyInProgressException;
import org.sleecharging.manager.ImmediateChargingInstance;
import org.sleecharging.manager.InstructionAlreadyPendingException;
import org.sleecharging.manager.UnknownChargingInstanceException;

/** Handle of an immediate instance; see {@link InstanceHandle}. */
final class ImmediateHandle extends InstanceHandle implements ImmediateChargingInstance {

    ImmediateHandle(ChargingManager manager, String name) {
        super(manager, name);
    }

    @Override
    public void doDirectDebit(String executionPhase) throws InstructionAlreadyPendingException,
            ChargingInstanceAlreadyFinalisedException, CreditCheckAlreadyInProgressException {
        try {
            manager.doDirectDebit(name, executionPhase);
        } catch (UnknownChargingInstanceException e) {
            throw gone(e);
        }
    }

    @Override
    public void doRefund(String executionPhase) throws InstructionAlreadyPendingException,
            ChargingInstanceAlreadyFinalisedException, CreditCheckAlreadyInProgressException {
        try {
            manager.doRefund(name, executionPhase);
        } catch (UnknownChargingInstanceException e) {
            throw gone(e);
        }
    }

    @Override
    public void release() throws ChargingInstanceAlreadyFinalisedException, CreditCheckAlreadyInProgressException {
        try {
            manager.release(name);
        } catch (UnknownChargingInstanceException e) {
            throw gone(e);
        }
    }
}
