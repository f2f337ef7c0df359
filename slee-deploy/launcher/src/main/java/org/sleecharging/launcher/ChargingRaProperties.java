package org.sleecharging.launcher;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.slee.resource.ConfigProperties;

/**
 * The config properties of the "ChargingRA" entity: the RA's own Diameter identity and its OCS
 * peer (names as declared in ra/impl's resource-adaptor-jar.xml), each converted to the type the
 * RA declares, so a renamed or retyped property fails here with its name.
 */
public final class ChargingRaProperties {
  public static final String ORIGIN_HOST = "slee-launcher.sleecharging.org";

  private ChargingRaProperties() {}

  /** The property values of a run against {@code ocs}, as text. */
  public static Map<String, String> forPeer(OcsPeer ocs) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("originHost", ORIGIN_HOST);
    values.put("originRealm", ocs.realm());
    values.put("destinationRealm", ocs.realm());
    values.put("ocsPrimaryHost", ocs.host());
    values.put("ocsPrimaryAddress", ocs.address().host());
    values.put("ocsPrimaryPort", Integer.toString(ocs.address().port()));
    return values;
  }

  /**
   * The values typed as {@code declared} (the RA's defaults) declares them.
   *
   * @throws IllegalStateException naming a property the RA does not declare or a value its type
   *     rejects
   */
  public static ConfigProperties typed(ConfigProperties declared, Map<String, String> values) {
    ConfigProperties typed = new ConfigProperties();
    values.forEach((name, text) -> {
      ConfigProperties.Property d = declared.getProperty(name);
      if (d == null) {
        throw new IllegalStateException("the charging RA declares no config property " + name);
      }
      typed.addProperty(new ConfigProperties.Property(name, d.getType(), convert(name, d.getType(), text)));
    });
    return typed;
  }

  private static Object convert(String name, String type, String text) {
    try {
      return switch (type) {
        case "java.lang.String" -> text;
        case "java.lang.Integer" -> Integer.valueOf(text);
        case "java.lang.Long" -> Long.valueOf(text);
        case "java.lang.Boolean" -> Boolean.valueOf(text);
        default -> throw new IllegalStateException(
            "config property " + name + " has type " + type + ", which the launcher cannot set");
      };
    } catch (NumberFormatException e) {
      throw new IllegalStateException("config property " + name + " (" + type + "): bad value " + text, e);
    }
  }
}
