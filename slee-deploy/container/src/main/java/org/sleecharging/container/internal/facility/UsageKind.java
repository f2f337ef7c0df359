package org.sleecharging.container.internal.facility;

import java.lang.reflect.Method;
import javax.slee.usage.SampleStatistics;

/**
 * The two kinds of usage parameter (JSLEE 1.1 ch. 11): a counter is updated by {@code
 * increment<Name>(long)} and read as a {@code long}; a sample is updated by {@code
 * sample<Name>(long)} and read as {@link SampleStatistics}.
 */
enum UsageKind {
  COUNTER("increment", long.class),
  SAMPLE("sample", SampleStatistics.class);

  private final String updatePrefix;
  private final Class<?> readType;

  UsageKind(String updatePrefix, Class<?> readType) {
    this.updatePrefix = updatePrefix;
    this.readType = readType;
  }

  /** The kind a {@code get<Name>()} accessor reads, from its return type; null if neither. */
  static UsageKind ofAccessor(Method method) {
    for (UsageKind kind : values()) {
      if (kind.readType == method.getReturnType()) {
        return kind;
      }
    }
    return null;
  }

  /** The kind an update method {@code increment<Name>(long)} or {@code sample<Name>(long)} sets. */
  static UsageKind ofUpdate(Method method) {
    if (method.getParameterCount() != 1 || method.getParameterTypes()[0] != long.class) {
      return null;
    }
    for (UsageKind kind : values()) {
      if (method.getName().startsWith(kind.updatePrefix)
          && method.getName().length() > kind.updatePrefix.length()) {
        return kind;
      }
    }
    return null;
  }

  String parameterName(Method method) {
    return decapitalize(method.getName().substring(updatePrefix.length()));
  }

  /** {@code getFooBar} → {@code fooBar}, the usage parameter name (JSLEE 1.1 ch. 11). */
  static String accessorParameterName(Method method) {
    return decapitalize(method.getName().substring("get".length()));
  }

  private static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
