package org.sleecharging.launcher.scenario;

import java.time.Duration;
import java.util.Optional;
import org.sleecharging.netsim.driver.NetworkDriver;
import org.sleecharging.ocs.OcsSimulator;

/** One end-to-end scenario: drives the simulated network, checks what the service and OCS did. */
interface Scenario {

  ScenarioResult run(NetworkDriver network, Optional<OcsSimulator> ocs, Duration timeout)
      throws InterruptedException;
}
