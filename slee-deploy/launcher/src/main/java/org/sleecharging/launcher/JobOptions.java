package org.sleecharging.launcher;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.sleecharging.launcher.load.LoadOptions;
import org.sleecharging.launcher.scenario.ScenarioKind;

/**
 * One run of the main job, validated by the command line.
 *
 * @param externalOcs the OCS to use instead of the simulator
 * @param ocsHost Diameter identity of the OCS (null: the simulator's own)
 * @param ocsRealm realm of the OCS (null: the simulator's own)
 * @param jmxPort loopback JMX connector port, or empty for none
 * @param load the load run instead of the scenarios, or empty
 * @param timeout how long to wait for each reaction of the service
 */
public record JobOptions(Optional<HostPort> externalOcs, String ocsHost, String ocsRealm,
    Optional<Integer> jmxPort, boolean hold, Set<ScenarioKind> scenarios,
    Optional<LoadOptions> load, boolean baseline, DuDirectory dus, Duration timeout) {

  public JobOptions {
    scenarios = Set.copyOf(scenarios);
  }
}
