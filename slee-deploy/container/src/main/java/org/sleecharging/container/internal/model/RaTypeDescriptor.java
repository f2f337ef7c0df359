package org.sleecharging.container.internal.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.slee.ComponentID;
import javax.slee.EventTypeID;
import javax.slee.management.LibraryID;
import javax.slee.resource.ResourceAdaptorTypeID;

/**
 * A resource adaptor type (resource-adaptor-type-jar.xml). {@code aciFactoryInterface} and
 * {@code raInterface} (the SBB interface) are null when not declared.
 */
public record RaTypeDescriptor(
    ResourceAdaptorTypeID id,
    DescriptorSource source,
    String description,
    List<LibraryID> libraryRefs,
    List<String> activityTypes,
    String aciFactoryInterface,
    String raInterface,
    List<EventTypeID> eventTypeRefs)
    implements ComponentDescriptor {

  public RaTypeDescriptor {
    libraryRefs = List.copyOf(libraryRefs);
    activityTypes = List.copyOf(activityTypes);
    eventTypeRefs = List.copyOf(eventTypeRefs);
  }

  @Override
  public Set<ComponentID> references() {
    Set<ComponentID> refs = new LinkedHashSet<>(libraryRefs);
    refs.addAll(eventTypeRefs);
    return refs;
  }
}
