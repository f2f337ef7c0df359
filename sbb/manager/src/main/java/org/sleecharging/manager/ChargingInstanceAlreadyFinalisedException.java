package org.sleecharging.manager;

/** The charging instance is in state {@link ChargingState#FINAL}; it accepts no further operations. */
public final class ChargingInstanceAlreadyFinalisedException extends ChargingManagerException {
    private static final long serialVersionUID = 1L;

    public ChargingInstanceAlreadyFinalisedException(String instanceName) {
        super(instanceName, "already finalised");
    }
}
