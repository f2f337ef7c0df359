package org.sleecharging.it.stub;

import java.time.Duration;
import javax.slee.resource.ActivityHandle;
import org.sleecharging.events.ReserveAmountRes;
import org.sleecharging.events.value.ApplicationDescription;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.ratype.ChargingSessionActivity;
import org.sleecharging.ratype.InvalidRequestNumberException;
import org.sleecharging.ratype.MethodNotSupportedException;

/**
 * The stub RA's session: activity and its own handle. Accepts only amount reservations (answered
 * at once with the preferred amount) and release; everything else is refused as not supported.
 */
final class StubSession implements ChargingSessionActivity, ActivityHandle {

    private final StubChargingRa ra;
    private final ChargingSessionId id;
    private int next;

    StubSession(StubChargingRa ra, ChargingSessionId id) {
        this.ra = ra;
        this.id = id;
        this.next = id.firstRequestNumber();
    }

    @Override
    public ChargingSessionId getSessionId() {
        return id;
    }

    @Override
    public synchronized int getNextRequestNumber() {
        return next;
    }

    private synchronized int take(int requestNumber) throws InvalidRequestNumberException {
        if (requestNumber != next) {
            throw new InvalidRequestNumberException("expected " + next + ", got " + requestNumber);
        }
        return ++next;
    }

    @Override
    public void reserveAmountReq(ApplicationDescription description, ChargingParameters parameters,
            Money preferredAmount, Money minimumAmount, int requestNumber) throws InvalidRequestNumberException {
        int following = take(requestNumber);
        ra.fire(this, new ReserveAmountRes(id, requestNumber, preferredAmount, Duration.ofMinutes(1), following));
    }

    @Override
    public void release(int requestNumber) throws InvalidRequestNumberException {
        take(requestNumber);
        ra.end(this);
    }

    private static MethodNotSupportedException notSupported() {
        return new MethodNotSupportedException("the stub RA only reserves amounts and releases");
    }

    @Override
    public void reserveUnitReq(ApplicationDescription d, ChargingParameters p, VolumeSet v, int rn)
            throws MethodNotSupportedException {
        throw notSupported();
    }

    @Override
    public void debitAmountReq(ApplicationDescription d, Money a, boolean c, int rn) throws MethodNotSupportedException {
        throw notSupported();
    }

    @Override
    public void debitUnitReq(ApplicationDescription d, VolumeSet v, boolean c, int rn)
            throws MethodNotSupportedException {
        throw notSupported();
    }

    @Override
    public void creditAmountReq(ApplicationDescription d, Money a, boolean c, int rn)
            throws MethodNotSupportedException {
        throw notSupported();
    }

    @Override
    public void creditUnitReq(ApplicationDescription d, VolumeSet v, boolean c, int rn)
            throws MethodNotSupportedException {
        throw notSupported();
    }

    @Override
    public void directDebitAmountReq(ApplicationDescription d, ChargingParameters p, Money a, int rn)
            throws MethodNotSupportedException {
        throw notSupported();
    }

    @Override
    public void directDebitUnitReq(ApplicationDescription d, ChargingParameters p, VolumeSet v, int rn)
            throws MethodNotSupportedException {
        throw notSupported();
    }

    @Override
    public void directCreditAmountReq(ApplicationDescription d, ChargingParameters p, Money a, int rn)
            throws MethodNotSupportedException {
        throw notSupported();
    }

    @Override
    public void directCreditUnitReq(ApplicationDescription d, ChargingParameters p, VolumeSet v, int rn)
            throws MethodNotSupportedException {
        throw notSupported();
    }

    @Override
    public void extendLifeTimeReq() {
        throw new UnsupportedOperationException("the stub RA has no lifetimes");
    }

    @Override
    public void rateReq(ChargingParameters parameters) throws MethodNotSupportedException {
        throw notSupported();
    }

    @Override
    public Money getAmountLeft() {
        throw new UnsupportedOperationException("the stub RA keeps no books");
    }

    @Override
    public VolumeSet getUnitLeft() {
        throw new UnsupportedOperationException("the stub RA keeps no books");
    }

    @Override
    public Duration getLifeTimeLeft() {
        throw new UnsupportedOperationException("the stub RA has no lifetimes");
    }

    @Override
    public String toString() {
        return "StubSession[" + id + "]";
    }
}
