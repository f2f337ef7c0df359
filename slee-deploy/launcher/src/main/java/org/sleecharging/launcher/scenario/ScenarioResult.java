package org.sleecharging.launcher.scenario;

import java.util.List;

/**
 * What one scenario did and whether it went as a charging service should.
 *
 * @param steps what the network did and what the service did, in order
 * @param charged the subscriber's balance change at the OCS, e.g. {@code EUR -0.60}, or why it is
 *     not known
 * @param problem why it did not pass; empty when it passed
 */
public record ScenarioResult(ScenarioKind kind, Subscriber subscriber, List<String> steps,
    String charged, String problem) {

  public ScenarioResult {
    steps = List.copyOf(steps);
  }

  public boolean passed() {
    return problem.isEmpty();
  }
}
