package org.sleecharging.arquillian.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.slee.ComponentID;
import javax.slee.ServiceID;
import javax.slee.management.DeployableUnitDescriptor;
import javax.slee.management.DeployableUnitID;
import javax.slee.management.DeploymentMBean;
import javax.slee.management.ResourceAdaptorEntityState;
import javax.slee.management.ResourceManagementMBean;
import javax.slee.management.ServiceManagementMBean;
import javax.slee.management.ServiceState;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.ResourceAdaptorID;
import org.sleecharging.arquillian.SleeManagement;

/**
 * A recording fake of the three management MBeans for unit tests of {@link DeploymentDriver}:
 * keeps service and entity states, logs every mutating call, and fails a call on request.
 * Deactivation leaves a service or entity STOPPING for {@link #stoppingQueries} state queries,
 * like a real SLEE whose SBB entities or activities take a moment to go away.
 */
final class RecordingSlee {
  final List<String> calls = new ArrayList<>();
  final Map<ServiceID, ServiceState> services = new HashMap<>();
  final Map<String, ResourceAdaptorEntityState> entities = new HashMap<>();
  final Map<String, ConfigProperties> entityProperties = new HashMap<>();
  final Map<ResourceAdaptorID, ConfigProperties> raDefaults = new HashMap<>();
  final List<ComponentID> duComponents = new ArrayList<>();
  private final Map<Object, Integer> stopping = new HashMap<>();
  String failOn;
  /** How many state queries see a deactivated service or entity still STOPPING. */
  int stoppingQueries = 1;

  SleeManagement management() {
    return SleeManagement.of(proxy(DeploymentMBean.class, this::deployment),
        proxy(ServiceManagementMBean.class, this::service),
        proxy(ResourceManagementMBean.class, this::resource));
  }

  private Object deployment(String method, Object[] a) {
    switch (method) {
      case "install":
        record("install " + a[0]);
        duComponents.stream().filter(ServiceID.class::isInstance)
            .forEach(s -> services.put((ServiceID) s, ServiceState.INACTIVE));
        return new DeployableUnitID((String) a[0]);
      case "uninstall":
        record("uninstall");
        return null;
      case "getDescriptor":
        return new DeployableUnitDescriptor((DeployableUnitID) a[0], new Date(),
            duComponents.toArray(new ComponentID[0]));
      default:
        throw new UnsupportedOperationException("DeploymentMBean." + method);
    }
  }

  private Object service(String method, Object[] a) {
    ServiceID s = (ServiceID) a[0];
    switch (method) {
      case "activate":
        record("activate service " + s.getName());
        services.put(s, ServiceState.ACTIVE);
        return null;
      case "deactivate":
        record("deactivate service " + s.getName());
        services.put(s, ServiceState.STOPPING);
        stopping.put(s, stoppingQueries);
        return null;
      case "getState":
        return settle(s, services.get(s), ServiceState.STOPPING, ServiceState.INACTIVE, services);
      default:
        throw new UnsupportedOperationException("ServiceManagementMBean." + method);
    }
  }

  private Object resource(String method, Object[] a) {
    switch (method) {
      case "getConfigurationProperties":
        return raDefaults.getOrDefault(a[0], new ConfigProperties());
      case "createResourceAdaptorEntity":
        record("create entity " + a[1]);
        entities.put((String) a[1], ResourceAdaptorEntityState.INACTIVE);
        entityProperties.put((String) a[1], (ConfigProperties) a[2]);
        return null;
      case "activateResourceAdaptorEntity":
        record("activate entity " + a[0]);
        entities.put((String) a[0], ResourceAdaptorEntityState.ACTIVE);
        return null;
      case "deactivateResourceAdaptorEntity":
        record("deactivate entity " + a[0]);
        entities.put((String) a[0], ResourceAdaptorEntityState.STOPPING);
        stopping.put(a[0], stoppingQueries);
        return null;
      case "removeResourceAdaptorEntity":
        record("remove entity " + a[0]);
        entities.remove(a[0]);
        return null;
      case "bindLinkName":
        record("bind " + a[1] + " to " + a[0]);
        return null;
      case "unbindLinkName":
        record("unbind " + a[0]);
        return null;
      case "getState":
        return settle(a[0], entities.get(a[0]), ResourceAdaptorEntityState.STOPPING,
            ResourceAdaptorEntityState.INACTIVE, entities);
      default:
        throw new UnsupportedOperationException("ResourceManagementMBean." + method);
    }
  }

  /** A STOPPING state is seen stoppingQueries times, then it becomes INACTIVE. */
  @SuppressWarnings("unchecked")
  private <K, S> S settle(Object key, S state, S stoppingState, S inactive, Map<K, S> states) {
    if (state == stoppingState && stopping.merge(key, -1, Integer::sum) < 0) {
      states.put((K) key, inactive);
      return inactive;
    }
    return state;
  }

  private void record(String call) {
    if (failOn != null && call.startsWith(failOn)) {
      throw new IllegalStateException("refused by the test: " + call);
    }
    calls.add(call);
  }

  private interface Handler {
    Object handle(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Handler handler) {
    InvocationHandler h = (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.getName().equals("toString") ? type.getSimpleName() : null;
      }
      return handler.handle(method.getName(), args == null ? new Object[0] : args);
    };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h));
  }
}
