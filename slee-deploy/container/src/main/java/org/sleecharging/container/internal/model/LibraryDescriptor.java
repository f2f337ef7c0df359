package org.sleecharging.container.internal.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.slee.ComponentID;
import javax.slee.management.LibraryID;

/**
 * A library component (library-jar.xml). Its classes are those of the component jar itself plus
 * the nested jars named by {@code jar/jar-name}.
 */
public record LibraryDescriptor(
    LibraryID id,
    DescriptorSource source,
    String description,
    List<LibraryID> libraryRefs,
    List<String> nestedJars)
    implements ComponentDescriptor {

  public LibraryDescriptor {
    libraryRefs = List.copyOf(libraryRefs);
    nestedJars = List.copyOf(nestedJars);
  }

  @Override
  public Set<ComponentID> references() {
    return new LinkedHashSet<>(libraryRefs);
  }
}
