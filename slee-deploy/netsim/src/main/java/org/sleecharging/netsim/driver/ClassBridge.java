package org.sleecharging.netsim.driver;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Moves values between two class loaders that each define the simulator's classes. */
final class ClassBridge {
  private final ClassLoader local;
  private final ClassLoader foreign;

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

  private static Object copy(Object value, ClassLoader to) {
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
