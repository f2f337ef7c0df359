package org.sleecharging.manager;

/**
 * A charging-manager operation was refused; nothing changed. Carries the name of the charging
 * instance concerned. Checked, so that a refusal does not roll back the caller's transaction.
 */
public abstract class ChargingManagerException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String instanceName;

    protected ChargingManagerException(String instanceName, String message) {
        super("charging instance '" + instanceName + "': " + message);
        this.instanceName = instanceName;
    }

    public final String getInstanceName() {
        return instanceName;
    }
}
