package org.sleecharging.container.internal.model;

import java.util.Set;
import javax.slee.ComponentID;
import javax.slee.SbbID;
import javax.slee.ServiceID;

/** A service (service.xml). Address and resource-info profile tables are refused by the deployer. */
public record ServiceDescriptor(
    ServiceID id, DescriptorSource source, String description, SbbID rootSbb, byte defaultPriority)
    implements ComponentDescriptor {

  @Override
  public Set<ComponentID> references() {
    return Set.of(rootSbb);
  }
}
