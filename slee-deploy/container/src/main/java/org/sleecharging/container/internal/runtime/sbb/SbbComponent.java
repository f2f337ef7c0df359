package org.sleecharging.container.internal.runtime.sbb;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.slee.EventTypeID;
import javax.slee.SbbID;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.model.SbbEventDescriptor;
import org.sleecharging.container.internal.spi.InstalledComponent;

/**
 * An installed SBB with its generated concrete class, event handlers, the container's
 * implementations of its abstract methods, and its pool of SBB objects (JSLEE 1.1 §6.1).
 */
public final class SbbComponent {
  private final InstalledComponent<SbbDescriptor> installed;
  private final Class<?> abstractClass;
  private final Class<?> concreteClass;
  private final EventTypeMap<SbbEventDescriptor> eventsByType;
  private final EventTypeMap<Method> handlers;
  private final EventTypeMap<Method> selectors;
  private final Set<EventTypeID> maskOnAttach;
  private final Class<?> localInterface;
  private final Class<?> aciInterface;
  private final Class<?> usageInterface;
  private final Map<String, AbstractMethodImpl> implementations = new HashMap<>();
  private final Map<Method, AbstractMethodImpl> byMethod = new ConcurrentHashMap<>();
  private volatile SbbObjectPool pool = new SbbObjectPool(0);
  private List<CmpField> cmpFields = List.of();
  private volatile java.lang.reflect.Constructor<?> localObjectConstructor;
  private final ClassLoader contextLoader;
  private SbbRuntime runtime;

  SbbComponent(
      InstalledComponent<SbbDescriptor> installed,
      Class<?> abstractClass,
      Class<?> concreteClass,
      Map<EventTypeID, SbbEventDescriptor> eventsByType,
      Map<EventTypeID, Method> handlers,
      Map<EventTypeID, Method> selectors,
      Set<EventTypeID> maskOnAttach,
      Class<?> localInterface,
      Class<?> aciInterface,
      Class<?> usageInterface,
      ClassLoader contextLoader) {
    this.installed = installed;
    this.abstractClass = abstractClass;
    this.concreteClass = concreteClass;
    this.eventsByType = new EventTypeMap<>(eventsByType);
    this.handlers = new EventTypeMap<>(handlers);
    this.selectors = new EventTypeMap<>(selectors);
    this.maskOnAttach = Set.copyOf(maskOnAttach);
    this.localInterface = localInterface;
    this.aciInterface = aciInterface;
    this.usageInterface = usageInterface;
    this.contextLoader = contextLoader;
  }

  public SbbID id() {
    return installed.descriptor().id();
  }

  public SbbDescriptor descriptor() {
    return installed.descriptor();
  }

  public ClassLoader classLoader() {
    return installed.classLoader();
  }

  /** The thread context class loader while SBB code runs (sees the java: URL context factory). */
  public ClassLoader contextLoader() {
    return contextLoader;
  }

  public Class<?> abstractClass() {
    return abstractClass;
  }

  public Class<?> concreteClass() {
    return concreteClass;
  }

  public SbbEventDescriptor event(EventTypeID type) {
    return eventsByType.get(type);
  }

  public Method handler(EventTypeID type) {
    return handlers.get(type);
  }

  public Method selector(EventTypeID type) {
    return selectors.get(type);
  }

  public Set<EventTypeID> maskOnAttach() {
    return maskOnAttach;
  }

  public Class<?> localInterface() {
    return localInterface;
  }

  public Class<?> aciInterface() {
    return aciInterface;
  }

  public Class<?> usageInterface() {
    return usageInterface;
  }

  SbbRuntime runtime() {
    return runtime;
  }

  void runtime(SbbRuntime value, int poolCapacity) {
    this.runtime = value;
    this.pool = new SbbObjectPool(poolCapacity);
  }

  /** The CMP fields in descriptor order; a field's index is its slot in the entity's state. */
  List<CmpField> cmpFields() {
    return cmpFields;
  }

  void cmpFields(List<CmpField> fields) {
    this.cmpFields = List.copyOf(fields);
  }

  void implement(String signature, AbstractMethodImpl impl) {
    implementations.put(signature, impl);
  }

  /** By Method first: the generated class passes the same Method objects on every call. */
  AbstractMethodImpl implementation(Method m) {
    AbstractMethodImpl impl = byMethod.get(m);
    if (impl == null) {
      impl = implementations.get(signature(m));
      if (impl != null) {
        byMethod.put(m, impl);
      }
    }
    return impl;
  }

  /** Lazily: the local object proxy class needs the component's class loader ready. */
  java.lang.reflect.Constructor<?> localObjectConstructor() {
    java.lang.reflect.Constructor<?> ctor = localObjectConstructor;
    if (ctor == null) {
      ctor = LocalObjects.proxyConstructor(this);
      localObjectConstructor = ctor;
    }
    return ctor;
  }

  SbbObjectPool pool() {
    return pool;
  }

  static String signature(Method m) {
    StringBuilder b = new StringBuilder(m.getName()).append('(');
    for (Class<?> p : m.getParameterTypes()) {
      b.append(p.getName()).append(',');
    }
    return b.append(')').toString();
  }

  @Override
  public String toString() {
    return "SBB " + id();
  }
}
