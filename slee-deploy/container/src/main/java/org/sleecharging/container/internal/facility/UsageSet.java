package org.sleecharging.container.internal.facility;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One usage parameter set: the parameters declared by a usage parameters interface and a {@link
 * Proxy} implementing that interface over them (JSLEE 1.1 ch. 11).
 */
final class UsageSet {

  private final String description;
  private final Class<?> usageInterface;
  private final Map<String, UsageParameter> parameters;
  private final Map<Method, UsageParameter> updates = new LinkedHashMap<>();
  private final Map<Method, UsageParameter> accessors = new LinkedHashMap<>();
  private final Object proxy;

  UsageSet(Class<?> usageInterface, String description) {
    if (!usageInterface.isInterface()) {
      throw new IllegalArgumentException(
          "usage parameters type is not an interface: " + usageInterface.getName());
    }
    this.usageInterface = usageInterface;
    this.description = description;
    Map<String, UsageParameter> params = new LinkedHashMap<>();
    for (Method method : usageInterface.getMethods()) {
      bind(method, params);
    }
    this.parameters = Collections.unmodifiableMap(params);
    this.proxy =
        Proxy.newProxyInstance(
            usageInterface.getClassLoader(), new Class<?>[] {usageInterface}, new Handler());
  }

  private void bind(Method method, Map<String, UsageParameter> params) {
    UsageKind kind = UsageKind.ofUpdate(method);
    if (kind != null && method.getReturnType() == void.class) {
      updates.put(method, parameter(params, kind.parameterName(method), kind, method));
      return;
    }
    UsageKind read = UsageKind.ofAccessor(method);
    if (read != null
        && method.getParameterCount() == 0
        && method.getName().startsWith("get")
        && method.getName().length() > 3) {
      accessors.put(
          method, parameter(params, UsageKind.accessorParameterName(method), read, method));
      return;
    }
    throw new IllegalArgumentException(
        "method "
            + method.getName()
            + " of usage parameters interface "
            + usageInterface.getName()
            + " is neither increment<Name>(long), sample<Name>(long) nor get<Name>()"
            + " (JSLEE 1.1 ch. 11)");
  }

  private UsageParameter parameter(
      Map<String, UsageParameter> params, String name, UsageKind kind, Method method) {
    UsageParameter p = params.computeIfAbsent(name, n -> UsageParameter.of(kind));
    if (p.kind() != kind) {
      throw new IllegalArgumentException(
          "usage parameter "
              + name
              + " of "
              + usageInterface.getName()
              + " is both a counter and"
              + " a sample (method "
              + method.getName()
              + ", JSLEE 1.1 ch. 11)");
    }
    return p;
  }

  Class<?> usageInterface() {
    return usageInterface;
  }

  Object proxy() {
    return proxy;
  }

  /** Current values by parameter name: {@code Long} for counters, SampleStatistics for samples. */
  Map<String, Object> values() {
    Map<String, Object> values = new LinkedHashMap<>();
    parameters.forEach((name, p) -> values.put(name, p.value()));
    return Collections.unmodifiableMap(values);
  }

  void reset() {
    parameters.values().forEach(UsageParameter::reset);
  }

  private final class Handler implements InvocationHandler {
    @Override
    public Object invoke(Object self, Method method, Object[] args) {
      UsageParameter update = updates.get(method);
      if (update != null) {
        update.update((Long) args[0]);
        return null;
      }
      UsageParameter accessor = accessors.get(method);
      if (accessor != null) {
        return accessor.value();
      }
      return switch (method.getName()) {
        case "toString" -> description;
        case "hashCode" -> System.identityHashCode(self);
        case "equals" -> self == args[0];
        default ->
            throw new UnsupportedOperationException("not a usage parameter method: " + method);
      };
    }
  }
}
