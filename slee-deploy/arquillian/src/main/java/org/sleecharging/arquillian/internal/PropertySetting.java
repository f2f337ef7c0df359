package org.sleecharging.arquillian.internal;

import java.util.Objects;
import javax.slee.resource.ConfigProperties;
import org.sleecharging.arquillian.InvalidDeclarationException;

/**
 * One config property of an RA entity declaration, {@code key=value} or {@code Type:key=value}.
 * Without a type the RA's declared type is used when the entity is created.
 *
 * @param type null when the type is taken from the RA's declared property
 */
public record PropertySetting(String name, PropertyType type, String value, String source) {

  public PropertySetting {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    if (type != null) {
      type.parse(name, value, source);
    }
  }

  public static PropertySetting parse(String text, String source) {
    int eq = text.indexOf('=');
    if (eq < 0) {
      throw new InvalidDeclarationException(source, text,
          "is not a config property (expected key=value or Type:key=value)");
    }
    String left = text.substring(0, eq);
    String value = text.substring(eq + 1);
    int colon = left.indexOf(':');
    PropertyType type = colon < 0 ? null : PropertyType.named(left.substring(0, colon), source);
    String name = colon < 0 ? left : left.substring(colon + 1);
    if (name.isEmpty() || !name.equals(name.strip()) || name.contains(":")) {
      throw new InvalidDeclarationException(source, text, "has no valid property name");
    }
    return new PropertySetting(name, type, value, source);
  }

  /**
   * The typed property, checked against the RA's declared properties: an untyped setting needs a
   * declared property to take the type from; a typed one must agree with the declared type.
   */
  public ConfigProperties.Property resolve(ConfigProperties declared, String raId) {
    ConfigProperties.Property known = declared.getProperty(name);
    PropertyType effective = type;
    if (effective == null) {
      if (known == null) {
        throw new InvalidDeclarationException(source, name + "=" + value, "names a property that "
            + raId + " does not declare; give its type as Type:" + name + "=" + value);
      }
      effective = PropertyType.named(known.getType(), source);
    } else if (known != null && !known.getType().equals(effective.javaName())) {
      throw new InvalidDeclarationException(source, name + "=" + value, "is typed "
          + effective.javaName() + " but " + raId + " declares " + name + " as " + known.getType());
    }
    return new ConfigProperties.Property(name, effective.javaName(),
        effective.parse(name, value, source));
  }
}
