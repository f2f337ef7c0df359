package org.sleecharging.it.features;

/** What the test SBBs of this package call on the platform MBean server to report to the test (see {@link Wire}). */
public interface RecorderMBean {

    /** One serialized record for the test's inbox {@code key}. */
    void record(String key, byte[] record);
}
