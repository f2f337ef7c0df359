package org.sleecharging.container.internal.model;

import java.util.Set;
import javax.slee.ComponentID;

/**
 * A parsed, validated JAIN SLEE 1.1 component descriptor. Immutable; produced by the deployer from
 * one element of a component jar's descriptor (or a service.xml) and consumed by the runtime.
 */
public sealed interface ComponentDescriptor
    permits LibraryDescriptor, EventTypeDescriptor, RaTypeDescriptor, RaDescriptor, SbbDescriptor,
        ServiceDescriptor {

  ComponentID id();

  /** Where the descriptor came from, for messages that name the file and element. */
  DescriptorSource source();

  /** Every component this one references and so depends on (JSLEE 1.1 §2.3: install order). */
  Set<ComponentID> references();
}
