package org.sleecharging.container.internal.runtime.sbb;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.util.Arrays;

/**
 * A number for every class whose instances were copied into a CMP field in this JVM, so that the
 * copies name their classes by number ({@link CmpValues}). Classes are held weakly: a DU's classes
 * can still be unloaded after it is uninstalled (its entities, and so their copies, are gone by
 * then). A class may get two numbers when two threads number it at once; both lead to it.
 */
final class ClassNumbers {
  private static final Object LOCK = new Object();
  @SuppressWarnings("unchecked")
  private static volatile WeakReference<Class<?>>[] classes = new WeakReference[0];

  private static final ClassValue<Integer> NUMBERS = new ClassValue<>() {
    @Override
    protected Integer computeValue(Class<?> type) {
      synchronized (LOCK) {
        WeakReference<Class<?>>[] grown = Arrays.copyOf(classes, classes.length + 1);
        grown[classes.length] = new WeakReference<>(type);
        classes = grown;
        return grown.length - 1;
      }
    }
  };

  private ClassNumbers() {}

  static int numberOf(Class<?> type) {
    return NUMBERS.get(type);
  }

  /** The class numbered {@code number}; IOException for a number never given or a class unloaded. */
  static Class<?> classOf(int number) throws IOException {
    WeakReference<Class<?>>[] known = classes;
    Class<?> type = number >= 0 && number < known.length ? known[number].get() : null;
    if (type == null) {
      throw new IOException("no class numbered " + number + " in this JVM");
    }
    return type;
  }
}
