package org.sleecharging.ratype;

/** The request is not allowed now: wrong session state, a request already outstanding, or an SLA limit reached. */
public final class TaskRefusedException extends ChargingException {
    private static final long serialVersionUID = 1L;

    public TaskRefusedException(String extraInformation) {
        super(ParlayExceptionCode.P_TASK_REFUSED, extraInformation);
    }
}
