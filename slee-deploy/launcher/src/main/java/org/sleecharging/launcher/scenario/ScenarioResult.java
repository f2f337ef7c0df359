package org.sleecharging.launcher.scenario;

import java.util.List;

/**
 * What one scenario did and whether it went as a charging service should.
 *
 * @param steps what the network did and what the service did, in order
 * @param charged the subscriber's balance change at the OCS, e.g. {@code EUR -0.60}, or why it is
 *     not known
 * @param problem why it did not pass; empty when it passed
 * @param ocsFacts what the OCS simulator received and booked for the subscriber during the
 *     scenario (CCRs by type, units requested and reported used, granted/debited/released/refunded
 *     amounts, balances before and after); empty with an external OCS or when the run failed
 */
public record ScenarioResult(ScenarioKind kind, Subscriber subscriber, List<String> steps,
    String charged, String problem, List<String> ocsFacts) {

  public ScenarioResult {
    steps = List.copyOf(steps);
    ocsFacts = List.copyOf(ocsFacts);
  }

  public ScenarioResult(ScenarioKind kind, Subscriber subscriber, List<String> steps, String charged,
      String problem) {
    this(kind, subscriber, steps, charged, problem, List.of());
  }

  public boolean passed() {
    return problem.isEmpty();
  }
}
