package org.sleecharging.ra.fake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.sleecharging.ra.engine.ro.RoNetworkListener;
import org.sleecharging.ra.engine.ro.RoTransport;
import org.sleecharging.ra.internal.slee.RaConfig;
import org.sleecharging.ra.internal.slee.RaEnvironment;

/** Fake transport and manual time for the RA; can be told to fail the transport start. */
public final class FakeEnvironment implements RaEnvironment {

    public final ManualTime time;
    public final List<RaConfig> configs = new ArrayList<>();
    public final List<FakeRoTransport> transports = new ArrayList<>();
    public volatile RuntimeException startFailure;

    public FakeEnvironment() {
        this(new ManualTime());
    }

    /** Entities sharing one time, as two nodes of a cluster would share the wall clock. */
    public FakeEnvironment(ManualTime time) {
        this.time = time;
    }

    public FakeRoTransport transport() {
        return transports.get(transports.size() - 1);
    }

    @Override
    public synchronized RoTransport startTransport(RaConfig config, RoNetworkListener listener) {
        configs.add(config);
        if (startFailure != null) {
            throw startFailure;
        }
        FakeRoTransport transport = new FakeRoTransport(listener);
        transports.add(transport);
        return transport;
    }

    @Override
    public ClosableScheduler newScheduler(String entityName) {
        time.closed = false;
        return time;
    }

    @Override
    public Clock clock() {
        return time;
    }
}
