package org.sleecharging.container;

import java.util.List;
import java.util.Map;
import javax.slee.ServiceID;
import javax.slee.management.Alarm;

/**
 * A point-in-time view of an embedded container's runtime, for tests that assert nothing leaked
 * (STYLE.md lesson 9) and for administrators.
 *
 * @param activities live activity contexts of every kind, the service activity of each active
 *     service included
 * @param sbbEntities live SBB entities per service (root and children)
 * @param timers timers set and not yet expired or cancelled
 * @param alarms alarms raised and not cleared
 */
public record SleeInspection(
    int activities, Map<ServiceID, Integer> sbbEntities, int timers, List<Alarm> alarms) {

  public SleeInspection {
    sbbEntities = Map.copyOf(sbbEntities);
    alarms = List.copyOf(alarms);
  }

  /** Total SBB entities over all services. */
  public int totalSbbEntities() {
    return sbbEntities.values().stream().mapToInt(Integer::intValue).sum();
  }
}
