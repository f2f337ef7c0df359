package org.sleecharging.container.internal.runtime;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.slee.ComponentID;
import javax.slee.UnrecognizedComponentException;
import javax.slee.facilities.AlarmFacility;
import javax.slee.facilities.Tracer;
import javax.slee.management.NotificationSource;
import javax.slee.resource.ResourceAdaptorTypeID;
import org.sleecharging.container.internal.model.ComponentDescriptor;
import org.sleecharging.container.internal.spi.ComponentRepository;
import org.sleecharging.container.internal.spi.DeploymentListener;
import org.sleecharging.container.internal.spi.InstalledComponent;
import org.sleecharging.container.internal.spi.NotificationFacilities;
import org.sleecharging.container.internal.spi.RaEntityDirectory;
import org.sleecharging.container.internal.spi.RaEntityRef;
import org.sleecharging.container.internal.spi.UsageParameterSets;

/** Small fakes of the seams the runtime uses. */
final class FakeSeams {
  private FakeSeams() {}

  static final class Repository implements ComponentRepository {
    final Map<ComponentID, InstalledComponent<? extends ComponentDescriptor>> components =
        new ConcurrentHashMap<>();

    @Override
    public Optional<InstalledComponent<? extends ComponentDescriptor>> find(ComponentID id) {
      return Optional.ofNullable(components.get(id));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <D extends ComponentDescriptor> InstalledComponent<D> get(ComponentID id, Class<D> kind)
        throws UnrecognizedComponentException {
      InstalledComponent<?> c = components.get(id);
      if (c == null || !kind.isInstance(c.descriptor())) {
        throw new UnrecognizedComponentException(id.toString());
      }
      return (InstalledComponent<D>) c;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <D extends ComponentDescriptor> List<InstalledComponent<D>> all(Class<D> kind) {
      List<InstalledComponent<D>> result = new ArrayList<>();
      components.values().stream()
          .filter(c -> kind.isInstance(c.descriptor()))
          .forEach(c -> result.add((InstalledComponent<D>) c));
      return result;
    }

    @Override
    public void addListener(DeploymentListener listener) {
      throw new UnsupportedOperationException("the fake repository has no listeners");
    }
  }

  static final class Directory implements RaEntityDirectory {
    final Map<String, RaEntityRef> links = new ConcurrentHashMap<>();
    final List<RaEntityRef> entities = new ArrayList<>();

    @Override
    public Optional<RaEntityRef> byLinkName(String linkName) {
      return Optional.ofNullable(links.get(linkName));
    }

    @Override
    public List<RaEntityRef> entitiesOfType(ResourceAdaptorTypeID raType) {
      return entities.stream().filter(e -> e.implementsRaType(raType)).toList();
    }
  }

  static final class Notifications implements NotificationFacilities {
    @Override
    public Tracer tracer(NotificationSource source, String tracerName) {
      return (Tracer) Proxy.newProxyInstance(Tracer.class.getClassLoader(),
          new Class<?>[] {Tracer.class}, (p, m, a) -> {
            if (m.getName().startsWith("trace") || m.getName().startsWith("info")) {
              Recorder.record("tracer:" + tracerName + ":" + a[a.length - 1]);
            }
            return m.getReturnType() == boolean.class ? Boolean.TRUE : null;
          });
    }

    @Override
    public AlarmFacility alarmFacility(NotificationSource source) {
      throw new UnsupportedOperationException("no alarms in runtime unit tests");
    }
  }

  static final class Usage implements UsageParameterSets {
    @Override
    public Object get(NotificationSource source, Class<?> usageInterface, String name) {
      return Proxy.newProxyInstance(usageInterface.getClassLoader(), new Class<?>[] {usageInterface},
          (p, m, a) -> {
            Recorder.record("usage:" + source + ":" + name + ":" + m.getName() + ":" + a[0]);
            return null;
          });
    }

    @Override
    public void create(NotificationSource source, Class<?> usageInterface, String name) {
      throw new UnsupportedOperationException("the runtime never creates usage parameter sets");
    }

    @Override
    public void remove(NotificationSource source, String name) {
      throw new UnsupportedOperationException("the runtime never removes usage parameter sets");
    }
  }
}
