package org.sleecharging.container.internal.ra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.InvalidConfigurationException;
import org.sleecharging.container.internal.model.ConfigPropertyDescriptor;
import org.sleecharging.container.internal.model.RaDescriptor;

/**
 * Configuration properties of an RA entity (JSLEE 1.1 §15.4.1): the RA descriptor's properties with
 * their types and defaults, overridden by the values given at creation or update. Every property
 * must be declared, of the declared type, and have a value.
 */
final class RaConfiguration {

  /** The Java types a config property may have (JSLEE 1.1 §15.4.1). */
  static final Set<String> TYPES =
      Set.of(
          "java.lang.String",
          "java.lang.Character",
          "java.lang.Integer",
          "java.lang.Boolean",
          "java.lang.Double",
          "java.lang.Byte",
          "java.lang.Short",
          "java.lang.Long",
          "java.lang.Float");

  private RaConfiguration() {}

  /** The descriptor's properties with their defaults; a property without default has null. */
  static ConfigProperties defaults(RaDescriptor ra) throws InvalidConfigurationException {
    ConfigProperties props = new ConfigProperties();
    for (ConfigPropertyDescriptor d : ra.configProperties()) {
      if (!TYPES.contains(d.type())) {
        throw new InvalidConfigurationException(
            "config property "
                + d.name()
                + " of "
                + ra.id()
                + " has type "
                + d.type()
                + ", which JSLEE 1.1 §15.4.1 does not allow");
      }
      props.addProperty(new ConfigProperties.Property(d.name(), d.type(), parse(ra, d)));
    }
    return props;
  }

  /** Defaults overridden by {@code given}; every property must end with a value. */
  static ConfigProperties forCreation(RaDescriptor ra, ConfigProperties given)
      throws InvalidConfigurationException {
    return merge(ra, defaults(ra), given);
  }

  /** The entity's current properties overridden by {@code given} (ResourceManagementMBean). */
  static ConfigProperties forUpdate(
      RaDescriptor ra, ConfigProperties current, ConfigProperties given)
      throws InvalidConfigurationException {
    return merge(ra, current, given);
  }

  private static ConfigProperties merge(
      RaDescriptor ra, ConfigProperties base, ConfigProperties given)
      throws InvalidConfigurationException {
    Objects.requireNonNull(given, "config properties");
    Map<String, ConfigProperties.Property> merged = new LinkedHashMap<>();
    for (ConfigProperties.Property p : base.getProperties()) {
      merged.put(p.getName(), copy(p));
    }
    for (ConfigProperties.Property p : given.getProperties()) {
      ConfigProperties.Property declared = merged.get(p.getName());
      if (declared == null) {
        throw new InvalidConfigurationException(
            "config property " + p.getName() + " is not declared by " + ra.id());
      }
      if (!declared.getType().equals(p.getType())) {
        throw new InvalidConfigurationException(
            "config property "
                + p.getName()
                + " of "
                + ra.id()
                + " has type "
                + declared.getType()
                + ", given "
                + p.getType());
      }
      merged.put(p.getName(), copy(p));
    }
    List<String> missing =
        merged.values().stream().filter(p -> p.getValue() == null).map(p -> p.getName()).toList();
    if (!missing.isEmpty()) {
      throw new InvalidConfigurationException(
          "config properties of " + ra.id() + " without default need a value: " + missing);
    }
    return new ConfigProperties(merged.values().toArray(ConfigProperties.Property[]::new));
  }

  private static Object parse(RaDescriptor ra, ConfigPropertyDescriptor d)
      throws InvalidConfigurationException {
    if (d.defaultValue() == null) {
      return null;
    }
    try {
      return ConfigProperties.Property.toObject(d.type(), d.defaultValue());
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigurationException(
          "default value '"
              + d.defaultValue()
              + "' of config property "
              + d.name()
              + " of "
              + ra.id()
              + " is not a "
              + d.type(),
          e);
    }
  }

  /** Properties are mutable: the RA and management never share one. */
  static ConfigProperties.Property copy(ConfigProperties.Property p) {
    return new ConfigProperties.Property(p.getName(), p.getType(), p.getValue());
  }

  static ConfigProperties copy(ConfigProperties props) {
    ConfigProperties.Property[] in = props.getProperties();
    ConfigProperties.Property[] out = new ConfigProperties.Property[in.length];
    for (int i = 0; i < in.length; i++) {
      out[i] = copy(in[i]);
    }
    return new ConfigProperties(out);
  }
}
