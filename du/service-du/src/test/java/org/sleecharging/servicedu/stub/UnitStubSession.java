package org.sleecharging.servicedu.stub;

import java.time.Duration;

import javax.slee.resource.ActivityHandle;

import org.sleecharging.events.DebitUnitRes;
import org.sleecharging.events.DirectCreditUnitRes;
import org.sleecharging.events.DirectDebitUnitErr;
import org.sleecharging.events.DirectDebitUnitRes;
import org.sleecharging.events.ExtendLifeTimeRes;
import org.sleecharging.events.ReserveUnitErr;
import org.sleecharging.events.ReserveUnitRes;
import org.sleecharging.events.value.ApplicationDescription;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.FailureHandlingResult;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.ratype.ChargingSessionActivity;
import org.sleecharging.ratype.InvalidRequestNumberException;
import org.sleecharging.ratype.MethodNotSupportedException;

/** A unit charging session of {@link UnitStubRa}: its own activity handle, answers at once (transacted). */
final class UnitStubSession implements ChargingSessionActivity, ActivityHandle {
    /** The reservation lifetime (TS 29.198-12 SLA default), renewed whole by extendLifeTimeReq. */
    private static final Duration LIFETIME = Duration.ofMinutes(5);
    /** {@link UnitStubRa#BRIEF}'s grants: Ro Validity-Time, whose end the RA reports as a re-auth request. */
    private static final Duration BRIEF_VALIDITY = Duration.ofSeconds(2);
    private static final String LIMIT = "OCS answered 4012 DIAMETER_CREDIT_LIMIT_REACHED (stub)";
    private static final long CREDIT_LIMIT_REACHED = 4012;

    private final UnitStubRa ra;
    private final ChargingSessionId id;
    private final String user;
    private int next = 1;
    private int reservations;

    UnitStubSession(UnitStubRa ra, ChargingSessionId id, String user) {
        this.ra = ra;
        this.id = id;
        this.user = user;
    }

    String user() {
        return user;
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
    public void reserveUnitReq(ApplicationDescription description, ChargingParameters parameters, VolumeSet volumes,
            int requestNumber) throws InvalidRequestNumberException {
        int following = take(requestNumber);
        reservations++;
        boolean refused = user.equals(UnitStubRa.DENIED) || (user.equals(UnitStubRa.SHORT) && reservations > 1);
        ra.record(user, (refused ? "RESERVE-REFUSED " : "RESERVE ") + volumes);
        if (refused) {
            ra.fire(this, new ReserveUnitErr(id, requestNumber, ChargingError.RESERVATION_LIMIT, LIMIT, following,
                    FailureHandlingResult.NOT_APPLIED, CREDIT_LIMIT_REACHED));
            return;
        }
        VolumeSet granted = user.equals(UnitStubRa.SHORT) ? VolumeSet.of(Volume.of(1, Unit.SECONDS)) : volumes;
        ra.fire(this, new ReserveUnitRes(id, requestNumber, granted, LIFETIME, following));
        if (user.equals(UnitStubRa.BRIEF)) {
            ra.reauthAfter(this, BRIEF_VALIDITY);
        }
    }

    @Override
    public void debitUnitReq(ApplicationDescription description, VolumeSet volumes, boolean closeReservation,
            int requestNumber) throws InvalidRequestNumberException {
        int following = take(requestNumber);
        ra.record(user, "DEBIT " + volumes + (closeReservation ? " close" : ""));
        ra.fire(this, new DebitUnitRes(id, requestNumber, volumes, zero(volumes), following));
    }

    @Override
    public void directDebitUnitReq(ApplicationDescription description, ChargingParameters parameters,
            VolumeSet volumes, int requestNumber) throws InvalidRequestNumberException {
        int following = take(requestNumber);
        if (user.equals(UnitStubRa.DENIED)) {
            ra.record(user, "DIRECT_DEBIT-REFUSED " + volumes);
            ra.fire(this, new DirectDebitUnitErr(id, requestNumber, ChargingError.NO_DEBIT, LIMIT, following,
                    CREDIT_LIMIT_REACHED));
            return;
        }
        ra.record(user, "DIRECT_DEBIT " + volumes);
        ra.fire(this, new DirectDebitUnitRes(id, requestNumber, volumes, following));
    }

    @Override
    public void directCreditUnitReq(ApplicationDescription description, ChargingParameters parameters,
            VolumeSet volumes, int requestNumber) throws InvalidRequestNumberException {
        int following = take(requestNumber);
        ra.record(user, "REFUND " + volumes);
        ra.fire(this, new DirectCreditUnitRes(id, requestNumber, volumes, following));
    }

    @Override
    public void release(int requestNumber) throws InvalidRequestNumberException {
        take(requestNumber);
        ra.record(user, "RELEASE");
        ra.end(this);
    }

    private static VolumeSet zero(VolumeSet volumes) {
        java.util.List<Volume> zero = new java.util.ArrayList<>();
        for (Volume v : volumes.volumes()) {
            zero.add(Volume.of(0, v.unit()));
        }
        return VolumeSet.of(zero);
    }

    private static MethodNotSupportedException unsupported() {
        return new MethodNotSupportedException("the unit stub RA charges units only");
    }

    @Override
    public void reserveAmountReq(ApplicationDescription description, ChargingParameters parameters,
            Money preferredAmount, Money minimumAmount, int requestNumber) throws MethodNotSupportedException {
        throw unsupported();
    }

    @Override
    public void debitAmountReq(ApplicationDescription description, Money amount, boolean closeReservation,
            int requestNumber) throws MethodNotSupportedException {
        throw unsupported();
    }

    @Override
    public void creditAmountReq(ApplicationDescription description, Money amount, boolean closeReservation,
            int requestNumber) throws MethodNotSupportedException {
        throw unsupported();
    }

    @Override
    public void creditUnitReq(ApplicationDescription description, VolumeSet volumes, boolean closeReservation,
            int requestNumber) throws MethodNotSupportedException {
        throw unsupported();
    }

    @Override
    public void directDebitAmountReq(ApplicationDescription description, ChargingParameters parameters, Money amount,
            int requestNumber) throws MethodNotSupportedException {
        throw unsupported();
    }

    @Override
    public void directCreditAmountReq(ApplicationDescription description, ChargingParameters parameters,
            Money amount, int requestNumber) throws MethodNotSupportedException {
        throw unsupported();
    }

    @Override
    public void extendLifeTimeReq() {
        ra.record(user, "EXTEND_LIFETIME");
        ra.fire(this, new ExtendLifeTimeRes(id, LIFETIME));
    }

    @Override
    public void rateReq(ChargingParameters parameters) throws MethodNotSupportedException {
        throw unsupported();
    }

    @Override
    public Money getAmountLeft() {
        throw new UnsupportedOperationException("the unit stub RA charges units only");
    }

    @Override
    public VolumeSet getUnitLeft() {
        throw new UnsupportedOperationException("the unit stub RA keeps no books");
    }

    @Override
    public Duration getLifeTimeLeft() {
        return LIFETIME;
    }

    @Override
    public String toString() {
        return "UnitStubSession[" + id + ", " + user + "]";
    }
}
