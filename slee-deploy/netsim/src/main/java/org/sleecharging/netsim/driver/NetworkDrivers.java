package org.sleecharging.netsim.driver;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;

/**
 * Gets the {@link NetworkDriver} of a simulator RA object, e.g. {@code
 * NetworkDrivers.of(slee.resourceAdaptor("NetworkSimulator", Object.class))}.
 *
 * <p>A SLEE loads the RA from the DU jar with its own class loader, so the RA's {@code
 * NetworkDriver} is a different interface from the caller's, though the same source. The driver
 * returned then is a proxy of the caller's interface that calls the RA's driver method of the same
 * signature and carries simulator values ({@code NetworkActivityId}, {@code SbbAction}, exceptions)
 * across by Java serialization; JDK and JAIN SLEE API values pass as they are, futures complete
 * with converted values. When both sides share the classes the RA's own driver is returned.
 */
public final class NetworkDrivers {

  private NetworkDrivers() {}

  /**
   * The driver of a simulator RA object.
   *
   * @throws IllegalArgumentException when the object is not a network simulator RA
   */
  public static NetworkDriver of(Object resourceAdaptor) {
    if (resourceAdaptor instanceof NetworkDriverSource) {
      return ((NetworkDriverSource) resourceAdaptor).networkDriver();
    }
    ClassLoader foreign = resourceAdaptor.getClass().getClassLoader();
    Object foreignDriver;
    try {
      Class<?> source = Class.forName(NetworkDriverSource.class.getName(), false, foreign);
      if (!source.isInstance(resourceAdaptor)) {
        throw new IllegalArgumentException(
            resourceAdaptor.getClass().getName() + " is not a network simulator RA");
      }
      foreignDriver = source.getMethod("networkDriver").invoke(resourceAdaptor);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException(resourceAdaptor.getClass().getName()
          + " is not a network simulator RA (its loader has no NetworkDriverSource)", e);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException("NetworkDriverSource.networkDriver() not callable", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("networkDriver() failed: " + e.getCause(), e.getCause());
    }
    ClassLoader local = NetworkDriver.class.getClassLoader();
    return (NetworkDriver) Proxy.newProxyInstance(local, new Class<?>[] {NetworkDriver.class},
        new Bridge(foreignDriver, new ClassBridge(local, foreign)));
  }

  /** Forwards every call to the foreign driver, converting arguments, results and exceptions. */
  private static final class Bridge implements InvocationHandler {
    private final Object target;
    private final ClassBridge classes;
    private final java.util.concurrent.ConcurrentMap<Method, Method> methods =
        new java.util.concurrent.ConcurrentHashMap<>();

    Bridge(Object target, ClassBridge classes) {
      this.target = target;
      this.classes = classes;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getDeclaringClass() == Object.class) {
        return invokeObjectMethod(proxy, method, args);
      }
      Method foreign = methods.computeIfAbsent(method, classes::foreignMethod);
      Object[] converted = args == null ? null : new Object[args.length];
      for (int i = 0; converted != null && i < args.length; i++) {
        converted[i] = classes.toForeign(args[i]);
      }
      try {
        return classes.toLocal(foreign.invoke(target, converted));
      } catch (InvocationTargetException e) {
        Throwable cause = (Throwable) classes.toLocal(e.getCause());
        if (cause instanceof RuntimeException || cause instanceof Error) {
          throw cause;
        }
        throw new UndeclaredThrowableException(cause);
      }
    }

    private Object invokeObjectMethod(Object proxy, Method method, Object[] args) {
      switch (method.getName()) {
        case "equals":
          return proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        default:
          return "NetworkDriver bridge to " + target;
      }
    }
  }
}
