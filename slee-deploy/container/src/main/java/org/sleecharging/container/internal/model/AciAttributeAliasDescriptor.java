package org.sleecharging.container.internal.model;

import java.util.List;

/**
 * An {@code activity-context-attribute-alias}: the SBB ACI attributes (by name) that are shared
 * under {@code aliasName} on the activity context.
 */
public record AciAttributeAliasDescriptor(String aliasName, List<String> attributeNames) {

  public AciAttributeAliasDescriptor {
    attributeNames = List.copyOf(attributeNames);
  }
}
