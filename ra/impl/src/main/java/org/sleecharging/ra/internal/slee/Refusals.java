package org.sleecharging.ra.internal.slee;

import org.sleecharging.ratype.ChargingException;
import org.sleecharging.ratype.InvalidAmountException;
import org.sleecharging.ratype.InvalidCurrencyException;
import org.sleecharging.ratype.InvalidRequestNumberException;
import org.sleecharging.ratype.InvalidSessionIdException;
import org.sleecharging.ratype.InvalidVolumeException;
import org.sleecharging.ratype.MethodNotSupportedException;
import org.sleecharging.ratype.TaskRefusedException;

/**
 * Re-throws the engine's refusals as the exceptions an RA type method declares. The engine throws
 * only those; anything else is a defect between engine and RA, reported as IllegalStateException.
 */
final class Refusals {

    private Refusals() {
    }

    /** For the amount operations of {@code ChargingSessionActivity}. */
    static RuntimeException amount(ChargingException e) throws InvalidSessionIdException,
            InvalidRequestNumberException, InvalidAmountException, InvalidCurrencyException, TaskRefusedException,
            MethodNotSupportedException {
        if (e instanceof InvalidAmountException) {
            throw (InvalidAmountException) e;
        }
        if (e instanceof InvalidCurrencyException) {
            throw (InvalidCurrencyException) e;
        }
        return common(e);
    }

    /** For the unit operations of {@code ChargingSessionActivity}. */
    static RuntimeException unit(ChargingException e) throws InvalidSessionIdException, InvalidRequestNumberException,
            InvalidVolumeException, TaskRefusedException, MethodNotSupportedException {
        if (e instanceof InvalidVolumeException) {
            throw (InvalidVolumeException) e;
        }
        return common(e);
    }

    private static RuntimeException common(ChargingException e) throws InvalidSessionIdException,
            InvalidRequestNumberException, TaskRefusedException, MethodNotSupportedException {
        if (e instanceof InvalidSessionIdException) {
            throw (InvalidSessionIdException) e;
        }
        if (e instanceof InvalidRequestNumberException) {
            throw (InvalidRequestNumberException) e;
        }
        if (e instanceof TaskRefusedException) {
            throw (TaskRefusedException) e;
        }
        if (e instanceof MethodNotSupportedException) {
            throw (MethodNotSupportedException) e;
        }
        return new IllegalStateException("the charging engine refused with " + e.getCode()
                + ", which the RA type method does not declare: " + e.getExtraInformation(), e);
    }
}
