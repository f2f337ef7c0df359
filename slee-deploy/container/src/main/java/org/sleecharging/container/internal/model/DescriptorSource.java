package org.sleecharging.container.internal.model;

import java.util.Objects;

/**
 * Location of a descriptor element: deployable unit, jar inside it (null for a service.xml at the DU
 * root), descriptor file and element, e.g. {@code my-du.jar!/sbbs.jar!/META-INF/sbb-jar.xml <sbb>}.
 */
public record DescriptorSource(String deployableUnit, String jar, String file, String element) {

  public DescriptorSource {
    Objects.requireNonNull(deployableUnit, "deployableUnit");
    Objects.requireNonNull(file, "file");
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(deployableUnit);
    if (jar != null) {
      b.append("!/").append(jar);
    }
    b.append("!/").append(file);
    if (element != null) {
      b.append(" <").append(element).append('>');
    }
    return b.toString();
  }
}
