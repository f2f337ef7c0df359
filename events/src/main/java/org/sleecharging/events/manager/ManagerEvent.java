package org.sleecharging.events.manager;

import org.sleecharging.events.ValueEvent;

/** An event the charging manager SBB fires to its feature SBB about one named charging instance. */
public abstract class ManagerEvent extends ValueEvent {
    private static final long serialVersionUID = 1L;

    private final String instanceName;

    protected ManagerEvent(String instanceName) {
        this.instanceName = require(instanceName, "instanceName");
    }

    public String getInstanceName() {
        return instanceName;
    }

    @Override
    protected void describe(Fields fields) {
        fields.add("instanceName", instanceName);
    }
}
