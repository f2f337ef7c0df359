package org.sleecharging.launcher.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sleecharging.netsim.driver.NetworkDriver;
import org.sleecharging.ocs.OcsSimulator;

/** Runs the chosen scenarios one after the other. */
public final class Scenarios {
  private Scenarios() {}

  public static List<ScenarioResult> run(Set<ScenarioKind> kinds, NetworkDriver network,
      Optional<OcsSimulator> ocs, Duration timeout) throws InterruptedException {
    List<ScenarioResult> results = new ArrayList<>();
    for (ScenarioKind k : ScenarioKind.values()) {
      if (kinds.contains(k)) {
        results.add(k.scenario().run(network, ocs, timeout));
      }
    }
    return results;
  }
}
