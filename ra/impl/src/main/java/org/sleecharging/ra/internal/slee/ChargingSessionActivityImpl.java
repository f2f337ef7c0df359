package org.sleecharging.ra.internal.slee;

import java.time.Duration;

import org.sleecharging.events.value.ApplicationDescription;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.ra.engine.request.Operation;
import org.sleecharging.ratype.ChargingException;
import org.sleecharging.ratype.ChargingSessionActivity;
import org.sleecharging.ratype.InvalidAmountException;
import org.sleecharging.ratype.InvalidCurrencyException;
import org.sleecharging.ratype.InvalidRequestNumberException;
import org.sleecharging.ratype.InvalidSessionIdException;
import org.sleecharging.ratype.InvalidVolumeException;
import org.sleecharging.ratype.MethodNotSupportedException;
import org.sleecharging.ratype.TaskRefusedException;

/**
 * The activity object of one charging session: a translator onto the engine, keyed by the session
 * id. Holds no charging state, so it stays valid for a session recreated from replicated data.
 */
final class ChargingSessionActivityImpl implements ChargingSessionActivity {

    private final ChargingSessionId id;
    private final EngineAccess access;
    private final ChargingActivityHandle handle;

    ChargingSessionActivityImpl(ChargingSessionId id, EngineAccess access) {
        this.id = id;
        this.access = access;
        this.handle = ChargingActivityHandle.of(id);
    }

    ChargingActivityHandle handle() {
        return handle;
    }

    @Override
    public ChargingSessionId getSessionId() {
        return id;
    }

    @Override
    public int getNextRequestNumber() {
        try {
            return access.engineFor(id).nextRequestNumber(id);
        } catch (InvalidSessionIdException e) {
            throw new IllegalStateException("charging session " + id + " has ended: " + e.getExtraInformation(), e);
        }
    }

    @Override
    public void reserveAmountReq(ApplicationDescription description, ChargingParameters parameters,
            Money preferredAmount, Money minimumAmount, int requestNumber) throws InvalidSessionIdException,
            InvalidRequestNumberException, InvalidAmountException, InvalidCurrencyException, TaskRefusedException,
            MethodNotSupportedException {
        try {
            access.engineFor(id).reserveAmount(id, description, parameters, preferredAmount, minimumAmount,
                    requestNumber);
        } catch (ChargingException e) {
            throw Refusals.amount(e);
        }
    }

    @Override
    public void reserveUnitReq(ApplicationDescription description, ChargingParameters parameters, VolumeSet volumes,
            int requestNumber) throws InvalidSessionIdException, InvalidRequestNumberException, InvalidVolumeException,
            TaskRefusedException, MethodNotSupportedException {
        try {
            access.engineFor(id).reserveUnit(id, description, parameters, volumes, requestNumber);
        } catch (ChargingException e) {
            throw Refusals.unit(e);
        }
    }

    @Override
    public void debitAmountReq(ApplicationDescription description, Money amount, boolean closeReservation,
            int requestNumber) throws InvalidSessionIdException, InvalidRequestNumberException, InvalidAmountException,
            InvalidCurrencyException, TaskRefusedException, MethodNotSupportedException {
        chargeAmount(Operation.DEBIT_AMOUNT, description, amount, closeReservation, requestNumber);
    }

    @Override
    public void debitUnitReq(ApplicationDescription description, VolumeSet volumes, boolean closeReservation,
            int requestNumber) throws InvalidSessionIdException, InvalidRequestNumberException, InvalidVolumeException,
            TaskRefusedException, MethodNotSupportedException {
        chargeUnit(Operation.DEBIT_UNIT, description, volumes, closeReservation, requestNumber);
    }

    @Override
    public void creditAmountReq(ApplicationDescription description, Money amount, boolean closeReservation,
            int requestNumber) throws InvalidSessionIdException, InvalidRequestNumberException, InvalidAmountException,
            InvalidCurrencyException, TaskRefusedException, MethodNotSupportedException {
        chargeAmount(Operation.CREDIT_AMOUNT, description, amount, closeReservation, requestNumber);
    }

    @Override
    public void creditUnitReq(ApplicationDescription description, VolumeSet volumes, boolean closeReservation,
            int requestNumber) throws InvalidSessionIdException, InvalidRequestNumberException, InvalidVolumeException,
            TaskRefusedException, MethodNotSupportedException {
        chargeUnit(Operation.CREDIT_UNIT, description, volumes, closeReservation, requestNumber);
    }

    @Override
    public void directDebitAmountReq(ApplicationDescription description, ChargingParameters parameters, Money amount,
            int requestNumber) throws InvalidSessionIdException, InvalidRequestNumberException, InvalidAmountException,
            InvalidCurrencyException, TaskRefusedException, MethodNotSupportedException {
        directAmount(Operation.DIRECT_DEBIT_AMOUNT, description, parameters, amount, requestNumber);
    }

    @Override
    public void directDebitUnitReq(ApplicationDescription description, ChargingParameters parameters,
            VolumeSet volumes, int requestNumber) throws InvalidSessionIdException, InvalidRequestNumberException,
            InvalidVolumeException, TaskRefusedException, MethodNotSupportedException {
        directUnit(Operation.DIRECT_DEBIT_UNIT, description, parameters, volumes, requestNumber);
    }

    @Override
    public void directCreditAmountReq(ApplicationDescription description, ChargingParameters parameters, Money amount,
            int requestNumber) throws InvalidSessionIdException, InvalidRequestNumberException, InvalidAmountException,
            InvalidCurrencyException, TaskRefusedException, MethodNotSupportedException {
        directAmount(Operation.DIRECT_CREDIT_AMOUNT, description, parameters, amount, requestNumber);
    }

    @Override
    public void directCreditUnitReq(ApplicationDescription description, ChargingParameters parameters,
            VolumeSet volumes, int requestNumber) throws InvalidSessionIdException, InvalidRequestNumberException,
            InvalidVolumeException, TaskRefusedException, MethodNotSupportedException {
        directUnit(Operation.DIRECT_CREDIT_UNIT, description, parameters, volumes, requestNumber);
    }

    @Override
    public void extendLifeTimeReq() throws InvalidSessionIdException, TaskRefusedException {
        access.engineFor(id).extendLifeTime(id);
    }

    @Override
    public void rateReq(ChargingParameters parameters) throws InvalidSessionIdException, TaskRefusedException,
            MethodNotSupportedException {
        access.engineFor(id).rate(id, parameters);
    }

    @Override
    public void release(int requestNumber) throws InvalidSessionIdException, InvalidRequestNumberException {
        access.engineFor(id).release(id, requestNumber);
    }

    @Override
    public Money getAmountLeft() throws InvalidSessionIdException, TaskRefusedException {
        return access.engineFor(id).amountLeft(id);
    }

    @Override
    public VolumeSet getUnitLeft() throws InvalidSessionIdException, TaskRefusedException {
        return access.engineFor(id).unitLeft(id);
    }

    @Override
    public Duration getLifeTimeLeft() throws InvalidSessionIdException, TaskRefusedException {
        return access.engineFor(id).lifeTimeLeft(id);
    }

    private void chargeAmount(Operation operation, ApplicationDescription description, Money amount,
            boolean closeReservation, int requestNumber) throws InvalidSessionIdException,
            InvalidRequestNumberException, InvalidAmountException, InvalidCurrencyException, TaskRefusedException,
            MethodNotSupportedException {
        try {
            access.engineFor(id).chargeAmount(id, operation, description, amount, closeReservation, requestNumber);
        } catch (ChargingException e) {
            throw Refusals.amount(e);
        }
    }

    private void chargeUnit(Operation operation, ApplicationDescription description, VolumeSet volumes,
            boolean closeReservation, int requestNumber) throws InvalidSessionIdException,
            InvalidRequestNumberException, InvalidVolumeException, TaskRefusedException, MethodNotSupportedException {
        try {
            access.engineFor(id).chargeUnit(id, operation, description, volumes, closeReservation, requestNumber);
        } catch (ChargingException e) {
            throw Refusals.unit(e);
        }
    }

    private void directAmount(Operation operation, ApplicationDescription description, ChargingParameters parameters,
            Money amount, int requestNumber) throws InvalidSessionIdException, InvalidRequestNumberException,
            InvalidAmountException, InvalidCurrencyException, TaskRefusedException, MethodNotSupportedException {
        try {
            access.engineFor(id).directAmount(id, operation, description, parameters, amount, requestNumber);
        } catch (ChargingException e) {
            throw Refusals.amount(e);
        }
    }

    private void directUnit(Operation operation, ApplicationDescription description, ChargingParameters parameters,
            VolumeSet volumes, int requestNumber) throws InvalidSessionIdException, InvalidRequestNumberException,
            InvalidVolumeException, TaskRefusedException, MethodNotSupportedException {
        try {
            access.engineFor(id).directUnit(id, operation, description, parameters, volumes, requestNumber);
        } catch (ChargingException e) {
            throw Refusals.unit(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChargingSessionActivityImpl && ((ChargingSessionActivityImpl) o).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "ChargingSessionActivity[" + id + "]";
    }
}
