package org.sleecharging.bench;

/** What the bench SBB reports, with JDK types only (it lives in a component class loader). */
public interface BenchSinkMBean {

    /** {@code what}: reserve, done, or failed:reason; {@code nanos} the step's latency where it has one. */
    void report(String key, String what, long nanos);
}
