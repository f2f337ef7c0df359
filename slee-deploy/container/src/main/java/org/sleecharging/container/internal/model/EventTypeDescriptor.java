package org.sleecharging.container.internal.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.slee.ComponentID;
import javax.slee.EventTypeID;
import javax.slee.management.LibraryID;

/** An event type (event-jar.xml {@code event-definition}); library refs are those of the jar. */
public record EventTypeDescriptor(
    EventTypeID id,
    DescriptorSource source,
    String description,
    List<LibraryID> libraryRefs,
    String eventClassName)
    implements ComponentDescriptor {

  public EventTypeDescriptor {
    libraryRefs = List.copyOf(libraryRefs);
  }

  @Override
  public Set<ComponentID> references() {
    return new LinkedHashSet<>(libraryRefs);
  }
}
