package org.sleecharging.ra.internal.slee;

import java.time.Clock;

import org.sleecharging.ra.engine.Scheduler;
import org.sleecharging.ra.engine.ro.RoNetworkListener;
import org.sleecharging.ra.engine.ro.RoTransport;
import org.sleecharging.ra.internal.diameter.JDiameterRoClient;

/**
 * What the RA takes from outside the SLEE: the Ro transport, timers and the clock. Production uses
 * jDiameter, a timer wheel and the system clock; unit tests substitute fakes.
 */
public interface RaEnvironment {

    /** Starts the Ro transport; a failure propagates out of raActive. */
    RoTransport startTransport(RaConfig config, RoNetworkListener listener);

    ClosableScheduler newScheduler(String entityName);

    Clock clock();

    /** A scheduler the entity owns and shuts down in raInactive. */
    interface ClosableScheduler extends Scheduler, AutoCloseable {
        @Override
        void close();
    }

    /** jDiameter ({@link JDiameterRoClient}), a daemon timer wheel thread, the UTC system clock. */
    RaEnvironment PRODUCTION = new RaEnvironment() {
        @Override
        public RoTransport startTransport(RaConfig config, RoNetworkListener listener) {
            return JDiameterRoClient.start(config.ro(), listener);
        }

        @Override
        public ClosableScheduler newScheduler(String entityName) {
            return new WheelScheduler(entityName);
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }
    };
}
