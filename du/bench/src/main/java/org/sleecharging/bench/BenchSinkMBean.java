package org.sleecharging.bench;

import java.util.function.Consumer;

/** What the bench SBB reports, with JDK types only (it lives in a component class loader). */
public interface BenchSinkMBean {

    /** {@code what}: reserve, done, or failed:reason; {@code nanos} the step's latency where it has one. */
    void report(String key, String what, long nanos);

    /**
     * {@link #report} as a JDK-typed function of {key, what, nanos}: the SBB fetches it once per SBB
     * object and then calls it directly, instead of going through the MBean server on every report.
     */
    Consumer<Object[]> getReporter();
}
