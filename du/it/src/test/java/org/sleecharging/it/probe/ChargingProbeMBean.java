package org.sleecharging.it.probe;

/** The recorder interface the probe SBB reaches over the platform MBean server (see {@link ProbeWire}). */
public interface ChargingProbeMBean {

    /** One serialized record (command outcome or charging event) for the probe session {@code key}. */
    void record(String key, byte[] record);
}
