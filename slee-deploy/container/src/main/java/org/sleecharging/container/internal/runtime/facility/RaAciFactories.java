package org.sleecharging.container.internal.runtime.facility;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import javax.slee.UnrecognizedActivityException;
import javax.slee.resource.ActivityHandle;
import javax.slee.resource.ResourceAdaptorTypeID;
import org.sleecharging.container.internal.runtime.activity.Activities;
import org.sleecharging.container.internal.runtime.activity.ActivityContextImpl;
import org.sleecharging.container.internal.runtime.sbb.SbbRuntime;
import org.sleecharging.container.internal.runtime.tx.TxState;
import org.sleecharging.container.internal.spi.RaEntityDirectory;
import org.sleecharging.container.internal.spi.RaEntityRef;

/**
 * Implementations of RA types' ACI factory interfaces (JSLEE 1.1 §7.6.1): every
 * {@code getActivityContextInterface(activity)} asks the entities of the RA type for the
 * activity's handle and returns the ACI of the activity context they started.
 */
public final class RaAciFactories {
  private final TxState tx;
  private final Activities activities;
  private final SbbRuntime sbbs;
  private final RaEntityDirectory directory;

  public RaAciFactories(
      TxState tx, Activities activities, SbbRuntime sbbs, RaEntityDirectory directory) {
    this.tx = tx;
    this.activities = activities;
    this.sbbs = sbbs;
    this.directory = directory;
  }

  public Object create(Class<?> factoryInterface, ResourceAdaptorTypeID raType) {
    return Proxy.newProxyInstance(factoryInterface.getClassLoader(), new Class<?>[] {factoryInterface},
        (proxy, method, args) -> invoke(raType, proxy, method, args));
  }

  private Object invoke(ResourceAdaptorTypeID raType, Object proxy, Method method, Object[] args)
      throws UnrecognizedActivityException {
    switch (method.getName()) {
      case "equals":
        return proxy == args[0];
      case "hashCode":
        return System.identityHashCode(proxy);
      case "toString":
        return "ActivityContextInterfaceFactory[" + raType + "]";
      default:
        break;
    }
    if (!method.getName().equals("getActivityContextInterface") || args == null || args.length != 1) {
      throw new UnsupportedOperationException(method + " is not an ACI factory method");
    }
    if (args[0] == null) {
      throw new NullPointerException("activity");
    }
    tx.manager().require();
    ActivityContextImpl ac = find(raType, args[0]);
    if (ac == null) {
      throw new UnrecognizedActivityException(args[0]);
    }
    return sbbs.aci(ac);
  }

  private ActivityContextImpl find(ResourceAdaptorTypeID raType, Object activity) {
    for (RaEntityRef entity : directory.entitiesOfType(raType)) {
      ActivityHandle handle = handleOf(entity, activity);
      if (handle != null) {
        ActivityContextImpl ac = activities.byHandle(entity, handle).orElse(null);
        if (ac != null) {
          return ac;
        }
      }
    }
    return null;
  }

  private static ActivityHandle handleOf(RaEntityRef entity, Object activity) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(entity.classLoader());
    try {
      return entity.resourceAdaptor().getActivityHandle(activity);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
