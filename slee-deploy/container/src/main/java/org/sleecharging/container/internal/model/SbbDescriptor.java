package org.sleecharging.container.internal.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.slee.ComponentID;
import javax.slee.SbbID;
import javax.slee.management.LibraryID;

/**
 * An SBB (sbb-jar.xml). Optional class names ({@code localInterface}, {@code aciInterface},
 * {@code usageParametersInterface}) are null when not declared. {@code sbbRefs} maps each
 * {@code sbb-alias} to the referenced SBB. Profile CMP methods and address profiles are refused by
 * the deployer (profiles are not supported), so they have no place here.
 */
public record SbbDescriptor(
    SbbID id,
    DescriptorSource source,
    String description,
    String alias,
    List<LibraryID> libraryRefs,
    Map<String, SbbID> sbbRefs,
    String abstractClass,
    boolean reentrant,
    List<CmpFieldDescriptor> cmpFields,
    List<ChildRelationDescriptor> childRelations,
    String localInterface,
    String aciInterface,
    String usageParametersInterface,
    List<UsageParameterDescriptor> usageParameters,
    List<SbbEventDescriptor> events,
    List<AciAttributeAliasDescriptor> aciAttributeAliases,
    List<EnvEntryDescriptor> envEntries,
    List<RaTypeBindingDescriptor> raTypeBindings)
    implements ComponentDescriptor {

  public SbbDescriptor {
    libraryRefs = List.copyOf(libraryRefs);
    sbbRefs = Map.copyOf(sbbRefs);
    cmpFields = List.copyOf(cmpFields);
    childRelations = List.copyOf(childRelations);
    usageParameters = List.copyOf(usageParameters);
    events = List.copyOf(events);
    aciAttributeAliases = List.copyOf(aciAttributeAliases);
    envEntries = List.copyOf(envEntries);
    raTypeBindings = List.copyOf(raTypeBindings);
  }

  @Override
  public Set<ComponentID> references() {
    Set<ComponentID> refs = new LinkedHashSet<>(libraryRefs);
    refs.addAll(sbbRefs.values());
    events.forEach(e -> refs.add(e.eventType()));
    raTypeBindings.forEach(b -> refs.add(b.raType()));
    return refs;
  }

  public Optional<SbbEventDescriptor> event(String eventName) {
    return events.stream().filter(e -> e.eventName().equals(eventName)).findFirst();
  }
}
