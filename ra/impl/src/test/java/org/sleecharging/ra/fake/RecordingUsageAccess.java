package org.sleecharging.ra.fake;

import java.util.List;

import org.sleecharging.ra.ChargingRaUsageParameters;

/** A {@link RecordingUsage} for tests outside this package that need the usage interface itself. */
public final class RecordingUsageAccess {

    private final RecordingUsage usage = new RecordingUsage();
    private final ChargingRaUsageParameters parameters = usage.proxy();

    public ChargingRaUsageParameters parameters() {
        return parameters;
    }

    public long counter(String name) {
        return usage.counter(name);
    }

    public List<Long> samples(String name) {
        return usage.samples(name);
    }
}
