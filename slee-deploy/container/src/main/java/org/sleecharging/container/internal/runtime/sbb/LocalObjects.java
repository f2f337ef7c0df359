package org.sleecharging.container.internal.runtime.sbb;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import javax.slee.NoSuchObjectLocalException;
import javax.slee.SLEEException;
import javax.slee.SbbLocalObject;
import javax.slee.TransactionRolledbackLocalException;

/**
 * SBB local objects (JSLEE 1.1 §5.6): proxies of the SBB local interface that run the SBB object's
 * method in the caller's transaction. A RuntimeException marks the transaction for rollback and
 * reaches the caller as TransactionRolledbackLocalException (§6.9.2).
 */
final class LocalObjects {
  private LocalObjects() {}

  static Object create(SbbEntity entity) {
    try {
      return entity.component().localObjectConstructor().newInstance(new Handler(entity));
    } catch (InvocationTargetException e) {
      throw new SLEEException("cannot create the SBB local object of " + entity, e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new SLEEException("cannot create the SBB local object of " + entity, e);
    }
  }

  /** The constructor of the component's local object proxy class, looked up once per SBB. */
  static Constructor<?> proxyConstructor(SbbComponent c) {
    Class<?> type = c.localInterface() == null ? SbbLocalObject.class : c.localInterface();
    Object sample = Proxy.newProxyInstance(c.classLoader(), new Class<?>[] {type}, new Handler(null));
    try {
      return sample.getClass().getConstructor(InvocationHandler.class);
    } catch (NoSuchMethodException e) {
      throw new SLEEException("proxy class of " + type.getName() + " has no handler constructor", e);
    }
  }

  static SbbEntity entity(SbbLocalObject local) {
    if (Proxy.isProxyClass(local.getClass())
        && Proxy.getInvocationHandler(local) instanceof Handler h) {
      return h.entity;
    }
    throw new IllegalArgumentException("not an SBB local object of this SLEE: " + local);
  }

  private static final class Handler implements InvocationHandler {
    private final SbbEntity entity;

    Handler(SbbEntity entity) {
      this.entity = entity;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "equals":
          if (method.getParameterCount() == 1) {
            return args[0] instanceof SbbLocalObject o && isSame(o);
          }
          break;
        case "hashCode":
          if (method.getParameterCount() == 0) {
            return Long.hashCode(entity.id());
          }
          break;
        case "toString":
          if (method.getParameterCount() == 0) {
            return "SbbLocalObject[" + entity + "]";
          }
          break;
        default:
          break;
      }
      SbbRuntime rt = entity.component().runtime();
      rt.tx().manager().require();
      if (method.getDeclaringClass() == SbbLocalObject.class) {
        return localObjectMethod(rt, method, args);
      }
      requireLive();
      return rt.invokeLocal(entity, method, args);
    }

    private boolean isSame(SbbLocalObject other) {
      try {
        return entity(other) == entity;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    private Object localObjectMethod(SbbRuntime rt, Method method, Object[] args) {
      switch (method.getName()) {
        case "isIdentical":
          return args[0] != null && isSame((SbbLocalObject) args[0]);
        case "getSbbPriority":
          requireLive();
          return entity.priority();
        case "setSbbPriority":
          requireLive();
          entity.priority((Byte) args[0]);
          return null;
        case "remove":
          if (entity.isRemoved()) {
            throw new TransactionRolledbackLocalException("SBB entity already removed: " + entity);
          }
          rt.entities().removeTree(entity);
          return null;
        default:
          throw new SLEEException("unknown SbbLocalObject method " + method);
      }
    }

    private void requireLive() {
      if (entity.isRemoved()) {
        throw new NoSuchObjectLocalException("SBB entity was removed: " + entity);
      }
    }
  }

  static Throwable unwrap(InvocationTargetException e) {
    return e.getCause() == null ? e : e.getCause();
  }
}
