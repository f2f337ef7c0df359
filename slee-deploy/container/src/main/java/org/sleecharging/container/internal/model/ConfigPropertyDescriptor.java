package org.sleecharging.container.internal.model;

import java.util.Objects;

/**
 * A resource adaptor {@code config-property}: its Java type is one of the types JSLEE 1.1 §15.4.1
 * allows (java.lang.String, Character, Integer, Boolean, Double, Byte, Short, Long, Float);
 * {@code defaultValue} is the descriptor's text, or null when it gives none.
 */
public record ConfigPropertyDescriptor(String name, String type, String defaultValue) {

  public ConfigPropertyDescriptor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
