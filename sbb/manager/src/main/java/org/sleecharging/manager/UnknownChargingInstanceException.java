package org.sleecharging.manager;

/** No charging instance has this name in this charging manager. */
public final class UnknownChargingInstanceException extends ChargingManagerException {
    private static final long serialVersionUID = 1L;

    public UnknownChargingInstanceException(String instanceName) {
        super(instanceName, "no such charging instance");
    }
}
