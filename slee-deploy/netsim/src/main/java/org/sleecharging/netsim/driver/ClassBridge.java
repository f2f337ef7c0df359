package org.sleecharging.netsim.driver;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.sleecharging.netsim.Cause;
import org.sleecharging.netsim.event.NetworkActivityId;

/** Moves values between two class loaders that each define the simulator's classes. */
final class ClassBridge {
  private static final String ID = NetworkActivityId.class.getName();
  private static final String ACTION = SbbAction.class.getName();

  private final ClassLoader local;
  private final ClassLoader foreign;
  private final ConcurrentMap<Class<?>, Copier> fastCopiers = new ConcurrentHashMap<>();

  ClassBridge(ClassLoader local, ClassLoader foreign) {
    this.local = local;
    this.foreign = foreign;
  }

  Method foreignMethod(Method localMethod) {
    try {
      Class<?> type = Class.forName(localMethod.getDeclaringClass().getName(), false, foreign);
      Class<?>[] local = localMethod.getParameterTypes();
      Class<?>[] params = new Class<?>[local.length];
      for (int i = 0; i < local.length; i++) {
        params[i] = local[i].isPrimitive() ? local[i]
            : Class.forName(local[i].getName(), false, foreign);
      }
      return type.getMethod(localMethod.getName(), params);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      throw new IllegalStateException("the RA's driver has no " + localMethod
          + ": DU and caller were built from different simulator versions", e);
    }
  }

  Object toForeign(Object value) {
    return convert(value, foreign);
  }

  Object toLocal(Object value) {
    return convert(value, local);
  }

  private Object convert(Object value, ClassLoader to) {
    if (value == null) {
      return null;
    }
    if (value instanceof CompletableFuture) {
      return ((CompletableFuture<?>) value).thenApply(v -> convert(v, to));
    }
    if (!(value instanceof Collection) && !(value instanceof Map) && visible(value.getClass(), to)) {
      return value;
    }
    return copy(value, to);
  }

  private static boolean visible(Class<?> type, ClassLoader to) {
    if (type.getClassLoader() == null) {
      return true;
    }
    try {
      return Class.forName(type.getName(), false, to) == type;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private Object copy(Object value, ClassLoader to) {
    Copier fast = fastCopiers.computeIfAbsent(value.getClass(), type -> fastCopier(type, to));
    return fast == NO_FAST_COPY ? serialCopy(value, to) : fast.copy(value);
  }

  /**
   * Direct copies of the two values every driver call carries (ids and actions), several times
   * cheaper than serialization; other values are serialized.
   */
  private Copier fastCopier(Class<?> type, ClassLoader to) {
    try {
      if (type.getName().equals(ID)) {
        Method parse = Class.forName(ID, false, to).getMethod("parse", String.class);
        return v -> parse.invoke(null, v.toString());
      }
      if (type.getName().equals(ACTION)) {
        Class<?> kindType = Class.forName(ActionKind.class.getName(), false, to);
        Class<?> causeType = Class.forName(Cause.class.getName(), false, to);
        Class<?> idType = Class.forName(ID, false, to);
        Constructor<?> create = Class.forName(ACTION, false, to)
            .getConstructor(kindType, idType, causeType, String.class);
        Method kind = type.getMethod("kind");
        Method id = type.getMethod("activityId");
        Method cause = type.getMethod("cause");
        Method contentId = type.getMethod("contentId");
        Copier idCopier = fastCopier(id.getReturnType(), to);
        return v -> create.newInstance(sameConstant(kindType, kind.invoke(v)),
            idCopier.copy(id.invoke(v)), sameConstant(causeType, cause.invoke(v)),
            contentId.invoke(v));
      }
      return NO_FAST_COPY;
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      throw new IllegalStateException("simulator classes differ across the DU boundary", e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object sameConstant(Class<?> enumType, Object constant) {
    return Enum.valueOf((Class) enumType, ((Enum<?>) constant).name());
  }

  /** Copies one value into the other loader's class. */
  private interface Copier {
    Object copyOrThrow(Object value) throws ReflectiveOperationException;

    default Object copy(Object value) {
      try {
        return copyOrThrow(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot copy " + value + " across the DU boundary", e);
      }
    }
  }

  private static final Copier NO_FAST_COPY = v -> {
    throw new IllegalStateException("no fast copy");
  };

  private static Object serialCopy(Object value, ClassLoader to) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      }
      try (ObjectInputStream in = new LoaderObjectInputStream(
          new ByteArrayInputStream(bytes.toByteArray()), to)) {
        return in.readObject();
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot carry " + value.getClass().getName()
          + " across the DU class loader boundary", e);
    }
  }

  private static final class LoaderObjectInputStream extends ObjectInputStream {
    private final ClassLoader loader;

    LoaderObjectInputStream(InputStream in, ClassLoader loader) throws IOException {
      super(in);
      this.loader = loader;
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc)
        throws IOException, ClassNotFoundException {
      try {
        return Class.forName(desc.getName(), false, loader);
      } catch (ClassNotFoundException e) {
        return super.resolveClass(desc);
      }
    }
  }
}
