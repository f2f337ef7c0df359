package org.sleecharging.ratype;

/** The operation is switched off by the SLA (amount, unit or split charging) or not implemented. */
public final class MethodNotSupportedException extends ChargingException {
    private static final long serialVersionUID = 1L;

    public MethodNotSupportedException(String extraInformation) {
        super(ParlayExceptionCode.P_METHOD_NOT_SUPPORTED, extraInformation);
    }
}
