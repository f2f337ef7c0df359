package org.sleecharging.container.internal.runtime.sbb;

import java.io.Externalizable;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javax.slee.Address;

/**
 * Classes whose instances a serialization round trip could not tell apart from the original, so a
 * CMP field may hold them by reference (JSLEE 1.1 §6.5.1 asks for copy-by-value only so that no
 * later mutation reaches the stored state). Besides the JDK and SLEE value types listed here, a
 * class qualifies by its structure alone: it is final, Serializable and not Externalizable,
 * declares none of the serialization hooks ({@code writeObject}, {@code readObject},
 * {@code readObjectNoData}, {@code writeReplace}, {@code readResolve}), and every instance field
 * of it and of its superclasses is final, not transient, and of a primitive or qualifying type; a
 * superclass that is not Serializable has no instance fields. Nothing is known about a class of
 * an SBB's DU; the rule is checked once per class.
 */
final class ImmutableClasses {
  private static final Set<Class<?>> KNOWN = Set.of(
      String.class, Boolean.class, Character.class, Byte.class, Short.class, Integer.class,
      Long.class, Float.class, Double.class, BigInteger.class, BigDecimal.class, UUID.class,
      Address.class);
  private static final String[] HOOKS = {
      "writeObject", "readObject", "readObjectNoData", "writeReplace", "readResolve"};

  private static final ClassValue<Boolean> IMMUTABLE = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return qualifies(type, new HashSet<>());
    }
  };

  private ImmutableClasses() {}

  /** Whether every instance of {@code type} is immutable in the sense above. */
  static boolean isImmutable(Class<?> type) {
    return IMMUTABLE.get(type);
  }

  /** {@code visiting} holds the classes under analysis: a cycle through them is not proved. */
  private static boolean qualifies(Class<?> type, Set<Class<?>> visiting) {
    if (KNOWN.contains(type) || type.isEnum()) {
      return true;
    }
    if (type.isArray() || type.isInterface() || !Modifier.isFinal(type.getModifiers())
        || !Serializable.class.isAssignableFrom(type) || Externalizable.class.isAssignableFrom(type)
        || !visiting.add(type)) {
      return false;
    }
    try {
      for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
        if (!fieldsQualify(c, visiting) || hasHook(c)) {
          return false;
        }
      }
      return true;
    } finally {
      visiting.remove(type);
    }
  }

  private static boolean fieldsQualify(Class<?> c, Set<Class<?>> visiting) {
    boolean serializable = Serializable.class.isAssignableFrom(c);
    for (Field f : c.getDeclaredFields()) {
      int m = f.getModifiers();
      if (Modifier.isStatic(m)) {
        continue;
      }
      if (!serializable || !Modifier.isFinal(m) || Modifier.isTransient(m)) {
        return false;
      }
      Class<?> t = f.getType();
      if (!t.isPrimitive() && !qualifies(t, visiting)) {
        return false;
      }
    }
    return !serializable || !declaresSerialPersistentFields(c);
  }

  /** {@code serialPersistentFields} chooses what is written, so a copy may differ from the original. */
  private static boolean declaresSerialPersistentFields(Class<?> c) {
    for (Field f : c.getDeclaredFields()) {
      if (f.getName().equals("serialPersistentFields") && Modifier.isStatic(f.getModifiers())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasHook(Class<?> c) {
    for (Method m : c.getDeclaredMethods()) {
      for (String hook : HOOKS) {
        if (m.getName().equals(hook)) {
          return true;
        }
      }
    }
    return false;
  }
}
