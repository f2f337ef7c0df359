package org.sleecharging.arquillian.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.slee.ServiceID;
import org.sleecharging.arquillian.InvalidDeclarationException;

/**
 * The compact syntax of the {@code raEntities}, {@code linkNames} and {@code activateServices}
 * container properties in arquillian.xml.
 *
 * <pre>
 * raEntities:       one entity per line (or separated by ';'):
 *                   entityName: raName#raVendor#raVersion [key=value | Type:key=value]...
 * linkNames:        linkName=entityName, separated by ',', ';' or whitespace
 * activateServices: name#vendor#version, separated by ',', ';' or whitespace; '*' = every
 *                   service of each deployed DU
 * </pre>
 *
 * Values cannot contain whitespace or ';'. Every entry is checked strictly; the error names the
 * property and the entry.
 */
public final class CompactSyntax {
  static final String RA_ENTITIES = "arquillian.xml raEntities";
  static final String LINK_NAMES = "arquillian.xml linkNames";
  static final String ACTIVATE_SERVICES = "arquillian.xml activateServices";

  private CompactSyntax() {}

  /** The declarations of the three container properties, links attached to their entities. */
  public static Declarations parse(String raEntities, String linkNames, String activateServices) {
    List<EntityDeclaration> entities = entities(raEntities);
    Map<String, List<String>> links = links(linkNames);
    List<EntityDeclaration> linked = new ArrayList<>();
    for (EntityDeclaration e : entities) {
      List<String> own = links.remove(e.entityName());
      linked.add(own == null ? e : e.withLinks(own));
    }
    if (!links.isEmpty()) {
      String entity = links.keySet().iterator().next();
      throw new InvalidDeclarationException(LINK_NAMES, links.get(entity).get(0) + "=" + entity,
          "binds entity " + entity + " that raEntities does not declare");
    }
    List<ServiceID> services = new ArrayList<>();
    boolean all = false;
    for (String token : tokens(activateServices, "[,;\\s]+")) {
      if (token.equals("*")) {
        all = true;
      } else {
        services.add(ComponentIds.service(token, ACTIVATE_SERVICES));
      }
    }
    return new Declarations(linked, services, all);
  }

  static List<EntityDeclaration> entities(String text) {
    List<EntityDeclaration> result = new ArrayList<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    for (String entry : tokens(text, "[;\\n\\r]+")) {
      int colon = entry.indexOf(':');
      String[] words = colon < 0 ? new String[0] : entry.substring(colon + 1).strip().split("\\s+");
      if (colon < 0 || words[0].isEmpty()) {
        throw new InvalidDeclarationException(RA_ENTITIES, entry,
            "is not an entity (expected entityName: name#vendor#version [key=value]...)");
      }
      String name = entry.substring(0, colon).strip();
      List<PropertySetting> properties = new ArrayList<>();
      for (int i = 1; i < words.length; i++) {
        properties.add(PropertySetting.parse(words[i], RA_ENTITIES + " " + name));
      }
      EntityDeclaration e = new EntityDeclaration(name,
          ComponentIds.resourceAdaptor(words[0], RA_ENTITIES + " " + name), properties,
          List.of(), RA_ENTITIES + " " + name);
      if (!names.add(name)) {
        throw new InvalidDeclarationException(RA_ENTITIES, entry, "declares entity " + name
            + " a second time");
      }
      result.add(e);
    }
    return result;
  }

  /** Entity name to the link names bound to it, in declaration order. */
  static Map<String, List<String>> links(String text) {
    Map<String, List<String>> byEntity = new LinkedHashMap<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String pair : tokens(text, "[,;\\s]+")) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new InvalidDeclarationException(LINK_NAMES, pair,
            "is not a link binding (expected linkName=entityName)");
      }
      String link = pair.substring(0, eq);
      if (!seen.add(link)) {
        throw new InvalidDeclarationException(LINK_NAMES, pair, "binds link " + link
            + " a second time");
      }
      byEntity.computeIfAbsent(pair.substring(eq + 1), k -> new ArrayList<>()).add(link);
    }
    return byEntity;
  }

  private static List<String> tokens(String text, String separators) {
    List<String> result = new ArrayList<>();
    if (text == null) {
      return result;
    }
    for (String t : text.split(separators)) {
      if (!t.isBlank()) {
        result.add(t.strip());
      }
    }
    return result;
  }
}
