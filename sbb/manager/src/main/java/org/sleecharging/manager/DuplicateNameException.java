package org.sleecharging.manager;

/** A charging instance with this name already exists in this charging manager (even a final one). */
public final class DuplicateNameException extends ChargingManagerException {
    private static final long serialVersionUID = 1L;

    public DuplicateNameException(String instanceName) {
        super(instanceName, "name already in use");
    }
}
