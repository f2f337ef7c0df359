package org.sleecharging.ratype;

import java.time.Duration;

import org.sleecharging.events.value.ApplicationDescription;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.VolumeSet;

/**
 * A charging session as a SLEE activity (TS 29.198-12 §8.3 IpChargingSession). Attach to its ACI
 * to receive the answers as events ({@code org.sleecharging.events}).
 *
 * <p>Contract for every {@code *Req} with a request number: the number must be
 * {@link #getNextRequestNumber()} or, for a retry, the number of the last request with the same
 * parameters; a retry returns the original outcome and never charges twice. Only one request may
 * be outstanding. A method that throws has changed nothing; otherwise exactly one Res or Err event
 * follows, carrying the next request number. No argument may be null.
 *
 * <p>Typical refusals: {@link InvalidRequestNumberException} for a wrong number,
 * {@link TaskRefusedException} for a request in the wrong state (§9.1) or while one is
 * outstanding, {@link InvalidSessionIdException} after the session ended.
 */
public interface ChargingSessionActivity {

    ChargingSessionId getSessionId();

    /** The request number the next request must carry (TS 29.198-12 §8.3 requestNumber). */
    int getNextRequestNumber();

    /**
     * Reserves between {@code minimumAmount} and {@code preferredAmount} (same currency). Answered
     * by ReserveAmountRes or ReserveAmountErr.
     */
    void reserveAmountReq(ApplicationDescription description, ChargingParameters parameters, Money preferredAmount,
            Money minimumAmount, int requestNumber) throws InvalidSessionIdException, InvalidRequestNumberException,
            InvalidAmountException, InvalidCurrencyException, TaskRefusedException, MethodNotSupportedException;

    /** Reserves the volumes exactly as given: units are never converted. Answered by ReserveUnitRes/Err. */
    void reserveUnitReq(ApplicationDescription description, ChargingParameters parameters, VolumeSet volumes,
            int requestNumber) throws InvalidSessionIdException, InvalidRequestNumberException, InvalidVolumeException,
            TaskRefusedException, MethodNotSupportedException;

    /**
     * Debits from the amount reservation; more than is reserved fails with P_CHS_ERR_RESERVATION_LIMIT
     * and debits nothing. {@code closeReservation} frees the rest (the session stays until release).
     */
    void debitAmountReq(ApplicationDescription description, Money amount, boolean closeReservation, int requestNumber)
            throws InvalidSessionIdException, InvalidRequestNumberException, InvalidAmountException,
            InvalidCurrencyException, TaskRefusedException, MethodNotSupportedException;

    /**
     * Debits from the unit reservation; beyond it, debits only what is left. A unit the reservation
     * does not hold fails with P_CHS_ERR_VOLUMES.
     */
    void debitUnitReq(ApplicationDescription description, VolumeSet volumes, boolean closeReservation, int requestNumber)
            throws InvalidSessionIdException, InvalidRequestNumberException, InvalidVolumeException,
            TaskRefusedException, MethodNotSupportedException;

    /** Credits back against the amount reservation (at most what was debited from it). */
    void creditAmountReq(ApplicationDescription description, Money amount, boolean closeReservation, int requestNumber)
            throws InvalidSessionIdException, InvalidRequestNumberException, InvalidAmountException,
            InvalidCurrencyException, TaskRefusedException, MethodNotSupportedException;

    /** Credits back volumes against the unit reservation (at most what was debited from it). */
    void creditUnitReq(ApplicationDescription description, VolumeSet volumes, boolean closeReservation, int requestNumber)
            throws InvalidSessionIdException, InvalidRequestNumberException, InvalidVolumeException,
            TaskRefusedException, MethodNotSupportedException;

    /** Debits the user's account without a reservation (Ro CCR-EVENT DIRECT_DEBITING). */
    void directDebitAmountReq(ApplicationDescription description, ChargingParameters parameters, Money amount,
            int requestNumber) throws InvalidSessionIdException, InvalidRequestNumberException, InvalidAmountException,
            InvalidCurrencyException, TaskRefusedException, MethodNotSupportedException;

    /** Debits volumes without a reservation (Ro CCR-EVENT DIRECT_DEBITING). */
    void directDebitUnitReq(ApplicationDescription description, ChargingParameters parameters, VolumeSet volumes,
            int requestNumber) throws InvalidSessionIdException, InvalidRequestNumberException, InvalidVolumeException,
            TaskRefusedException, MethodNotSupportedException;

    /** Credits the user's account without a reservation (Ro CCR-EVENT REFUND_ACCOUNT). */
    void directCreditAmountReq(ApplicationDescription description, ChargingParameters parameters, Money amount,
            int requestNumber) throws InvalidSessionIdException, InvalidRequestNumberException, InvalidAmountException,
            InvalidCurrencyException, TaskRefusedException, MethodNotSupportedException;

    /** Credits volumes without a reservation (Ro CCR-EVENT REFUND_ACCOUNT). */
    void directCreditUnitReq(ApplicationDescription description, ChargingParameters parameters, VolumeSet volumes,
            int requestNumber) throws InvalidSessionIdException, InvalidRequestNumberException, InvalidVolumeException,
            TaskRefusedException, MethodNotSupportedException;

    /**
     * Extends the reservation's lifetime by the SLA increment, or up to the SLA maximum when less is
     * left; answered by ExtendLifeTimeRes (with the lifetime left) or, once the maximum is reached,
     * ExtendLifeTimeErr(P_CHS_ERR_NO_EXTEND). Without a reservation: {@link TaskRefusedException}.
     */
    void extendLifeTimeReq() throws InvalidSessionIdException, TaskRefusedException;

    /** Asks the OCS for prices (Ro PRICE_ENQUIRY); answered by RateRes or RateErr. */
    void rateReq(ChargingParameters parameters) throws InvalidSessionIdException, TaskRefusedException,
            MethodNotSupportedException;

    /** Frees every reservation, ends the Ro sessions and ends the activity (TS 29.198-12 §8.3 release). */
    void release(int requestNumber) throws InvalidSessionIdException, InvalidRequestNumberException;

    /** What is left of the amount reservation; {@link TaskRefusedException} without one. */
    Money getAmountLeft() throws InvalidSessionIdException, TaskRefusedException;

    /** What is left of the unit reservation, per unit; {@link TaskRefusedException} without one. */
    VolumeSet getUnitLeft() throws InvalidSessionIdException, TaskRefusedException;

    /** Time until the reservation expires; {@link TaskRefusedException} without a reservation. */
    Duration getLifeTimeLeft() throws InvalidSessionIdException, TaskRefusedException;
}
