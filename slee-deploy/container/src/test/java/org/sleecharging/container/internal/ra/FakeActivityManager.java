package org.sleecharging.container.internal.ra;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.slee.resource.ActivityHandle;
import javax.slee.resource.SleeEndpoint;
import org.sleecharging.container.internal.spi.ActivityManager;
import org.sleecharging.container.internal.spi.RaEntityRef;

/** Live activity counts set by the test; endpoints are inert proxies. */
final class FakeActivityManager implements ActivityManager {

  private final Map<String, Integer> counts = new ConcurrentHashMap<>();
  private final Map<String, SleeEndpoint> endpoints = new ConcurrentHashMap<>();

  @Override
  public SleeEndpoint endpoint(RaEntityRef entity) {
    return endpoints.computeIfAbsent(
        entity.name(),
        n ->
            (SleeEndpoint)
                Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {SleeEndpoint.class},
                    (p, m, a) -> {
                      if (m.getName().equals("toString")) {
                        return "endpoint of " + n;
                      }
                      throw new UnsupportedOperationException("fake endpoint: " + m.getName());
                    }));
  }

  @Override
  public int activityCount(RaEntityRef entity) {
    return counts.getOrDefault(entity.name(), 0);
  }

  /** RA-side tests run no SBB code. */
  @Override
  public javax.slee.ServiceID invokingService() {
    return null;
  }

  void setActivities(String entityName, int count) {
    counts.put(entityName, count);
  }

  /** The runtime forgets one activity and tells the entity, as it does after activityEnded. */
  void endOne(RaEntityRef entity) {
    counts.merge(entity.name(), -1, Integer::sum);
    entity.activityRemoved(new ActivityHandle() {});
  }
}
