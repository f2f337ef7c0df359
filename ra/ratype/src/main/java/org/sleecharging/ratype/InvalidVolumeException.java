package org.sleecharging.ratype;

/** A volume is zero, in an unsupported unit, or otherwise not acceptable. */
public final class InvalidVolumeException extends ChargingException {
    private static final long serialVersionUID = 1L;

    public InvalidVolumeException(String extraInformation) {
        super(ParlayExceptionCode.P_INVALID_VOLUME, extraInformation);
    }
}
