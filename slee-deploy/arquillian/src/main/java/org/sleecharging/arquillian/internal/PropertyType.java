package org.sleecharging.arquillian.internal;

import java.util.function.Function;
import org.sleecharging.arquillian.InvalidDeclarationException;

/**
 * The config property types an RA may declare (the legal config-property-type values of the
 * resource-adaptor-jar 1.1 DTD), each
 * with a strict parser: numbers as {@code valueOf} reads them, booleans only {@code true} or
 * {@code false}, characters exactly one.
 */
public enum PropertyType {
  STRING(String.class, s -> s),
  CHARACTER(Character.class, PropertyType::character),
  INTEGER(Integer.class, Integer::valueOf),
  LONG(Long.class, Long::valueOf),
  SHORT(Short.class, Short::valueOf),
  BYTE(Byte.class, Byte::valueOf),
  DOUBLE(Double.class, Double::valueOf),
  FLOAT(Float.class, Float::valueOf),
  BOOLEAN(Boolean.class, PropertyType::bool);

  private final Class<?> javaType;
  private final Function<String, Object> parser;

  PropertyType(Class<?> javaType, Function<String, Object> parser) {
    this.javaType = javaType;
    this.parser = parser;
  }

  /** The type name as it appears in a descriptor and in {@code ConfigProperties.Property}. */
  public String javaName() {
    return javaType.getName();
  }

  /** A type by simple ({@code Integer}) or qualified ({@code java.lang.Integer}) name. */
  public static PropertyType named(String name, String source) {
    for (PropertyType t : values()) {
      if (t.javaType.getSimpleName().equals(name) || t.javaType.getName().equals(name)) {
        return t;
      }
    }
    throw new InvalidDeclarationException(source, name, "is not a config property type (one of"
        + " String, Character, Integer, Long, Short, Byte, Double, Float, Boolean)");
  }

  /** The typed value; the message names the property and the value when it does not parse. */
  public Object parse(String property, String value, String source) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidDeclarationException(source, value, "is not a valid "
          + javaType.getSimpleName() + " for property " + property);
    }
  }

  private static Object character(String s) {
    if (s.length() != 1) {
      throw new IllegalArgumentException("not one character");
    }
    return s.charAt(0);
  }

  private static Object bool(String s) {
    if (s.equals("true")) {
      return Boolean.TRUE;
    }
    if (s.equals("false")) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException("neither true nor false");
  }
}
