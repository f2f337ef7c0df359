package org.sleecharging.container.internal.spi;

import java.util.List;
import java.util.Optional;
import javax.slee.resource.ResourceAdaptorTypeID;

/** Looks up RA entities for SBB JNDI bindings and ACI factories. */
public interface RaEntityDirectory {

  /** The entity bound to the link name, if any. */
  Optional<RaEntityRef> byLinkName(String linkName);

  /** Every entity (any state) of an RA that implements the RA type. */
  List<RaEntityRef> entitiesOfType(ResourceAdaptorTypeID raType);
}
