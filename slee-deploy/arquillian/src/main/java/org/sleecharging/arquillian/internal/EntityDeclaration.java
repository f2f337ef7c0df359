package org.sleecharging.arquillian.internal;

import java.util.List;
import java.util.Objects;
import javax.slee.resource.ResourceAdaptorID;
import org.sleecharging.arquillian.InvalidDeclarationException;

/** An RA entity to create, activate and link after a DU is installed. */
public record EntityDeclaration(String entityName, ResourceAdaptorID ra,
    List<PropertySetting> properties, List<String> links, String source) {

  public EntityDeclaration {
    Objects.requireNonNull(ra, "ra");
    Objects.requireNonNull(source, "source");
    if (entityName == null || entityName.isBlank() || !entityName.equals(entityName.strip())) {
      throw new InvalidDeclarationException(source, String.valueOf(entityName),
          "is not a valid RA entity name");
    }
    for (String link : links) {
      if (link.isBlank() || !link.equals(link.strip())) {
        throw new InvalidDeclarationException(source, link, "is not a valid link name");
      }
    }
    properties = List.copyOf(properties);
    links = List.copyOf(links);
  }

  public EntityDeclaration withLinks(List<String> more) {
    List<String> all = new java.util.ArrayList<>(links);
    all.addAll(more);
    return new EntityDeclaration(entityName, ra, properties, all, source);
  }
}
