package org.sleecharging.container.internal.deploy;

import org.sleecharging.container.internal.model.DescriptorSource;

/**
 * One descriptor file of a deployable unit: the unit's file name, the component jar inside it (null
 * for deployable-unit.xml and service.xml files) and the file's path.
 */
record DescriptorFile(String deployableUnit, String jar, String file) {

  DescriptorSource at(String elementPath) {
    return new DescriptorSource(deployableUnit, jar, file, elementPath);
  }

  DescriptorSource whole() {
    return new DescriptorSource(deployableUnit, jar, file, null);
  }

  @Override
  public String toString() {
    return whole().toString();
  }
}
