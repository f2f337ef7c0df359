package org.sleecharging.container.internal.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.slee.ComponentID;
import javax.slee.management.LibraryID;
import javax.slee.resource.ResourceAdaptorID;
import javax.slee.resource.ResourceAdaptorTypeID;

/**
 * A resource adaptor (resource-adaptor-jar.xml). {@code usageParametersInterface} is null when not
 * declared.
 */
public record RaDescriptor(
    ResourceAdaptorID id,
    DescriptorSource source,
    String description,
    List<ResourceAdaptorTypeID> raTypeRefs,
    List<LibraryID> libraryRefs,
    String raClassName,
    boolean supportsActiveReconfiguration,
    boolean ignoreRaTypeEventTypeCheck,
    String usageParametersInterface,
    List<UsageParameterDescriptor> usageParameters,
    List<ConfigPropertyDescriptor> configProperties)
    implements ComponentDescriptor {

  public RaDescriptor {
    raTypeRefs = List.copyOf(raTypeRefs);
    libraryRefs = List.copyOf(libraryRefs);
    usageParameters = List.copyOf(usageParameters);
    configProperties = List.copyOf(configProperties);
  }

  @Override
  public Set<ComponentID> references() {
    Set<ComponentID> refs = new LinkedHashSet<>(raTypeRefs);
    refs.addAll(libraryRefs);
    return refs;
  }
}
