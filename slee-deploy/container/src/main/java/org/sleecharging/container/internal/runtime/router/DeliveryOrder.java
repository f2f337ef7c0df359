package org.sleecharging.container.internal.runtime.router;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sleecharging.container.internal.runtime.sbb.SbbEntity;

/**
 * Event delivery priority (JSLEE 1.1 §8.5.2): a parent before its descendants, and among siblings
 * (root entities count as siblings) the higher priority first; ties go to the older entity.
 */
final class DeliveryOrder implements Comparator<SbbEntity> {
  static final DeliveryOrder INSTANCE = new DeliveryOrder();

  @Override
  public int compare(SbbEntity a, SbbEntity b) {
    if (a.parent() == null && b.parent() == null) {
      return a == b ? 0 : siblings(a, b);
    }
    List<SbbEntity> pa = path(a);
    List<SbbEntity> pb = path(b);
    for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) {
      SbbEntity x = pa.get(i);
      SbbEntity y = pb.get(i);
      if (x != y) {
        return siblings(x, y);
      }
    }
    return Integer.compare(pa.size(), pb.size());
  }

  private static int siblings(SbbEntity x, SbbEntity y) {
    int byPriority = Byte.compare(y.priority(), x.priority());
    return byPriority != 0 ? byPriority : Long.compare(x.id(), y.id());
  }

  private static List<SbbEntity> path(SbbEntity e) {
    List<SbbEntity> path = new ArrayList<>();
    for (SbbEntity x = e; x != null; x = x.parent()) {
      path.add(0, x);
    }
    return path;
  }
}
