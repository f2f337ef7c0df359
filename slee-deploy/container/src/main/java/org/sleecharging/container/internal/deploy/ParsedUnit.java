package org.sleecharging.container.internal.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sleecharging.container.internal.model.ComponentDescriptor;

/**
 * A deployable unit as read from its jar, before any cross-component check: its component jars
 * (extracted to the unit's work directory) and the services of its service.xml files.
 */
record ParsedUnit(String name, List<ParsedJar> jars, List<ComponentDescriptor> services) {

  ParsedUnit {
    jars = List.copyOf(jars);
    services = List.copyOf(services);
  }

  /** Every component in deployable-unit.xml order (services last, as they are not in jars). */
  List<ComponentDescriptor> components() {
    List<ComponentDescriptor> all = new ArrayList<>();
    jars.forEach(j -> all.addAll(j.components()));
    all.addAll(services);
    return all;
  }

  /**
   * A component jar: {@code name} as in deployable-unit.xml, {@code classpath} the extracted jar
   * followed by the nested library jars its libraries name.
   */
  record ParsedJar(String name, List<Path> classpath, List<ComponentDescriptor> components) {

    ParsedJar {
      classpath = List.copyOf(classpath);
      components = List.copyOf(components);
    }
  }
}
