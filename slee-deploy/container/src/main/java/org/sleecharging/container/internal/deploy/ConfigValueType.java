package org.sleecharging.container.internal.deploy;

import java.util.Optional;
import java.util.function.Function;

/**
 * The Java types a resource adaptor config-property (JSLEE 1.1 §15.4) or an SBB env-entry (the same
 * wrapper types) may have, each with the parser a descriptor value must satisfy.
 */
enum ConfigValueType {
  STRING(String.class, s -> s),
  CHARACTER(Character.class, ConfigValueType::character),
  INTEGER(Integer.class, Integer::valueOf),
  BOOLEAN(Boolean.class, ConfigValueType::strictBoolean),
  DOUBLE(Double.class, Double::valueOf),
  BYTE(Byte.class, Byte::valueOf),
  SHORT(Short.class, Short::valueOf),
  LONG(Long.class, Long::valueOf),
  FLOAT(Float.class, Float::valueOf);

  private final Class<?> javaType;
  private final Function<String, Object> parser;

  ConfigValueType(Class<?> javaType, Function<String, Object> parser) {
    this.javaType = javaType;
    this.parser = parser;
  }

  static Optional<ConfigValueType> of(String className) {
    for (ConfigValueType t : values()) {
      if (t.javaType.getName().equals(className)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  static String allowedNames() {
    StringBuilder b = new StringBuilder();
    for (ConfigValueType t : values()) {
      b.append(b.length() == 0 ? "" : ", ").append(t.javaType.getName());
    }
    return b.toString();
  }

  /** The value, or empty when the text does not parse to this type. */
  Optional<Object> parse(String text) {
    try {
      return Optional.of(parser.apply(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Object character(String s) {
    if (s.length() != 1) {
      throw new IllegalArgumentException("not a single character: " + s);
    }
    return s.charAt(0);
  }

  private static Object strictBoolean(String s) {
    if (!s.equalsIgnoreCase("true") && !s.equalsIgnoreCase("false")) {
      throw new IllegalArgumentException("not true or false: " + s);
    }
    return Boolean.valueOf(s);
  }
}
